import { describe, expect, it } from "vitest"
import { acceptTyping, cellKey, formatHundredths, nextPosition, problemsFromServer, sheetRows, total } from "./output-grid"

const values = {
  [cellKey("a1", "t1", "accepted")]: "12",
  [cellKey("a1", "t1", "hours")]: "6.5",
  [cellKey("a1", "t2", "accepted")]: "3",
  [cellKey("a1", "t2", "rejected")]: "1",
  [cellKey("a1", "t2", "hours")]: "1.25",
  [cellKey("a2", "t1", "accepted")]: "4",
}

describe("typing into the grid", () => {
  it("takes digits only for pieces", () => {
    expect(acceptTyping("accepted", "12")).toBe("12")
    expect(acceptTyping("accepted", "1a")).toBeNull()
    expect(acceptTyping("rejected", "-1")).toBeNull()
    expect(acceptTyping("accepted", "1.5")).toBeNull()
  })

  it("takes hours with two decimals at most", () => {
    expect(acceptTyping("hours", "7.")).toBe("7.")
    expect(acceptTyping("hours", "7.25")).toBe("7.25")
    expect(acceptTyping("hours", "7.255")).toBeNull()
    expect(acceptTyping("hours", "7,5")).toBeNull()
  })
})

describe("a sheet's rows", () => {
  it("makes one row per filled artisan and task, rejected pieces defaulting to none", () => {
    const { rows } = sheetRows(["a1", "a2"], ["t1", "t2"], values, "2026-11-20")
    expect(rows).toEqual([
      { artisan_id: "a1", task_id: "t1", work_date: "2026-11-20", quantity_accepted: 12, quantity_rejected: 0, hours: 6.5 },
      { artisan_id: "a1", task_id: "t2", work_date: "2026-11-20", quantity_accepted: 3, quantity_rejected: 1, hours: 1.25 },
      { artisan_id: "a2", task_id: "t1", work_date: "2026-11-20", quantity_accepted: 4, quantity_rejected: 0, hours: 0 },
    ])
  })

  it("finds pieces without hours before anything is sent", () => {
    const { problems } = sheetRows(["a1", "a2"], ["t1", "t2"], values, "2026-11-20")
    expect(problems).toEqual([{ artisan_id: "a2", task_id: "t1", reason: "Enter the hours spent on this task." }])
  })

  it("refuses more than sixteen hours and hours with no pieces", () => {
    const { problems } = sheetRows(["a1"], ["t1"], { [cellKey("a1", "t1", "hours")]: "16.5" }, "2026-11-20")
    expect(problems.map((p) => p.reason)).toEqual(["Hours can be at most 16 in a day.", "Enter the pieces made, or clear the hours."])
  })

  it("leaves out cells already recorded for the day", () => {
    const { rows } = sheetRows(["a1", "a2"], ["t1", "t2"], values, "2026-11-20", new Set(["a1|t1", "a1|t2"]))
    expect(rows.map((r) => r.artisan_id)).toEqual(["a2"])
  })
})

describe("totals", () => {
  it("adds pieces and hours exactly", () => {
    // 6.50 + 1.25 hours = 775 hundredths
    expect(total(values, [["a1", "t1"], ["a1", "t2"]], "hours")).toBe(775)
    expect(formatHundredths(775)).toBe("7.75")
    expect(formatHundredths(650)).toBe("6.5")
    expect(formatHundredths(800)).toBe("8")
    expect(total(values, [["a1", "t1"], ["a2", "t1"]], "accepted")).toBe(16)
  })
})

describe("server errors", () => {
  it("go back to the artisan and task of the row they name", () => {
    const rows = [{ artisan_id: "a1", task_id: "t1" }, { artisan_id: "a2", task_id: "t2" }]
    expect(problemsFromServer(rows, [{ index: 1, reason: "Task T2 has no piece rate" }])).toEqual([
      { artisan_id: "a2", task_id: "t2", reason: "Task T2 has no piece rate" },
    ])
  })
})

describe("moving with the keyboard", () => {
  it("moves with arrows, goes down on Enter and stops at the edges", () => {
    expect(nextPosition({ row: 0, column: 0 }, "Enter", 3, 6)).toEqual({ row: 1, column: 0 })
    expect(nextPosition({ row: 2, column: 5 }, "ArrowDown", 3, 6)).toEqual({ row: 2, column: 5 })
    expect(nextPosition({ row: 1, column: 0 }, "ArrowLeft", 3, 6)).toEqual({ row: 1, column: 0 })
    expect(nextPosition({ row: 1, column: 1 }, "ArrowRight", 3, 6)).toEqual({ row: 1, column: 2 })
    expect(nextPosition({ row: 1, column: 1 }, "a", 3, 6)).toBeNull()
  })
})
