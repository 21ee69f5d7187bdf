import { describe, expect, it } from "vitest"
import { workingDaysBetween } from "./dates"
import { checkLeave, checkLeaveCancellation, LeaveRulesContext, listDates } from "./leave-rules"

const artisan = {
  id: "art_1",
  code: "KOL-K-001",
  group_id: "grp_1",
  employment_kind: "employee",
  training_start: null,
  segments: [{ hire_date: "2024-01-01", exit_date: "2026-09-30" }],
}

const context = (over: Partial<LeaveRulesContext> = {}): LeaveRulesContext => ({
  artisan,
  onLeave: new Set(),
  worked: new Set(),
  closedPeriods: [],
  ...over,
})

describe("working days", () => {
  it("counts Monday to Saturday and skips Sundays", () => {
    // 2026-09-05 is a Saturday, 2026-09-06 a Sunday
    expect(workingDaysBetween("2026-09-04", "2026-09-08")).toEqual(["2026-09-04", "2026-09-05", "2026-09-07", "2026-09-08"])
    expect(workingDaysBetween("2026-09-06", "2026-09-06")).toEqual([])
  })
})

describe("checkLeave", () => {
  it("accepts working days when she is employed and nothing else is recorded", () => {
    expect(checkLeave({ from: "2026-09-04", to: "2026-09-07" }, context())).toEqual({
      dates: ["2026-09-04", "2026-09-05", "2026-09-07"],
      problems: [],
    })
  })

  it("refuses a range of Sundays only", () => {
    expect(checkLeave({ from: "2026-09-06", to: "2026-09-06" }, context()).problems).toEqual([
      "2026-09-06 to 2026-09-06 has no working days (Monday to Saturday).",
    ])
  })

  it("names every reason: outside service, already on leave, at work, in an approved run", () => {
    const { problems } = checkLeave(
      { from: "2026-09-28", to: "2026-10-02" },
      context({
        onLeave: new Set(["2026-09-28"]),
        worked: new Set(["2026-09-29"]),
        closedPeriods: [{ start: "2026-09-01", end: "2026-09-30" }],
      })
    )
    expect(problems).toEqual([
      "KOL-K-001 was not employed or in training on 2026-10-01, 2026-10-02.",
      "Leave is already recorded for KOL-K-001 on 2026-09-28.",
      "KOL-K-001 has output recorded on 2026-09-29; correct that output first if she was away.",
      "2026-09-28, 2026-09-29, 2026-09-30 are in the approved pay run for 2026-09-01 to 2026-09-30; ask finance for an adjustment instead.",
    ])
  })

  it("shortens long lists of dates", () => {
    expect(listDates(["a", "b", "c", "d", "e", "f"])).toBe("a, b, c, d and 2 more")
    expect(listDates(["a"])).toBe("a")
  })
})

describe("checkLeaveCancellation", () => {
  it("refuses only days inside an approved run", () => {
    const closed = [{ start: "2026-09-01", end: "2026-09-30" }]
    expect(checkLeaveCancellation(new Date("2026-09-30T00:00:00Z"), closed)).toMatch(/approved pay run for 2026-09-01 to 2026-09-30/)
    expect(checkLeaveCancellation("2026-10-01", closed)).toBeNull()
  })
})
