import { describe, expect, it } from "vitest"
import { linesOfServerErrors, parseSheet, templateCsv } from "./csv-sheet"

const lookups = {
  artisanIdByCode: new Map([["KOL-K-001", "art_1"], ["KOL-K-002", "art_2"]]),
  taskIdByCode: new Map([["KANTHA-THROW", "task_1"]]),
  today: "2026-11-23",
}

const header = "work_date,artisan_code,task_code,quantity_accepted,quantity_rejected,hours,note"

describe("reading an output sheet", () => {
  it("turns good lines into rows and keeps the file's line numbers", () => {
    const { lines, fileError } = parseSheet(`${header}\n2026-11-20,KOL-K-001,KANTHA-THROW,3,1,7.5,\n\n2026-11-20,kol-k-002,kantha-throw,2,,6,late start\n`, lookups)
    expect(fileError).toBeNull()
    expect(lines.map((l) => l.line)).toEqual([2, 4])
    expect(lines[1].row).toEqual({
      artisan_id: "art_2", task_id: "task_1", work_date: "2026-11-20", quantity_accepted: 2, quantity_rejected: 0, hours: 6, note: "late start",
    })
  })

  it("reports every problem of a bad line in words", () => {
    const { lines } = parseSheet(`${header}\n2026-02-30,KOL-K-009,SARI,three,,17,\n`, lookups)
    expect(lines[0].row).toBeNull()
    expect(lines[0].errors).toEqual([
      'work_date "2026-02-30" is not a real date written YYYY-MM-DD',
      'no artisan with code "KOL-K-009"',
      'no task with code "SARI"',
      'quantity_accepted "three" is not a whole number',
      "hours must be more than 0 and at most 16",
    ])
  })

  it("refuses future days and repeated lines", () => {
    const line = "2026-11-20,KOL-K-001,KANTHA-THROW,3,0,7,"
    const { lines } = parseSheet(`${header}\n${line}\n${line}\n2026-11-24,KOL-K-002,KANTHA-THROW,1,0,2,`, lookups)
    expect(lines[1].errors).toEqual(["same artisan, task and day as line 2; combine them"])
    expect(lines[2].errors).toEqual(["work_date 2026-11-24 is in the future"])
  })

  it("explains a file without the expected header", () => {
    expect(parseSheet("date,who,pieces\n", lookups).fileError).toMatch(/work_date, artisan_code, task_code, quantity_accepted, hours/)
  })
})

describe("the template and the server's answers", () => {
  it("lists every artisan and task for the day with blank numbers", () => {
    expect(templateCsv(["KOL-K-001"], ["A", "B"], "2026-11-23").split("\r\n")).toEqual([
      header,
      "2026-11-23,KOL-K-001,A,,,,",
      "2026-11-23,KOL-K-001,B,,,,",
    ])
  })

  it("puts a batch's row errors back on the file's lines", () => {
    const sent = [{ line: 2 }, { line: 5 }]
    expect(linesOfServerErrors(sent, [{ index: 1, reason: "not employed" }])).toEqual(new Map([[5, ["not employed"]]]))
  })
})
