import { describe, expect, it } from "vitest"
import { ARTISANS } from "./artisan-data"
import { leaveForMonth, OUTPUT_MONTHS, outputForMonth, workingDays } from "./output-data"

describe("seeded output and leave", () => {
  it.each(OUTPUT_MONTHS)("never puts leave on a day with output, and only for employees (%s)", (month) => {
    const worked = new Set(outputForMonth(month).map((r) => `${r.code}|${r.work_date}`))
    const leave = leaveForMonth(month)
    const employees = new Set(ARTISANS.filter((a) => a.employment_kind === "employee").map((a) => a.code))
    const open = new Set(workingDays(month))
    expect(leave.length).toBeGreaterThan(0)
    for (const day of leave) {
      expect(worked.has(`${day.code}|${day.leave_date}`)).toBe(false)
      expect(employees.has(day.code)).toBe(true)
      expect(open.has(day.leave_date)).toBe(true)
    }
  })

  it("comes out the same every time", () => {
    expect(leaveForMonth("2026-09")).toEqual(leaveForMonth("2026-09"))
    expect(leaveForMonth("2026-09").filter((d) => d.kind === "paid").length).toBeGreaterThan(leaveForMonth("2026-09").filter((d) => d.kind === "unpaid").length)
  })
})
