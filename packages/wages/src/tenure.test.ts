import { describe, expect, it } from "vitest"
import { serviceSummary, span } from "./tenure"

describe("service and tenure", () => {
  it("measures calendar spans in years, months and days", () => {
    expect(span("2020-01-15", "2021-03-14")).toEqual({ years: 1, months: 1, days: 27 })
    expect(span("2024-02-29", "2025-02-28")).toEqual({ years: 0, months: 11, days: 30 })
    expect(span("2021-01-01", "2020-01-01")).toEqual({ years: 0, months: 0, days: 0 })
  })

  it.each([
    // hire, as of, days worked per service year (or none), completed years, gratuity due
    ["2021-01-01", "2025-08-29", [250, 250, 245, 260, 240], 5, true], // 4 y 7 m 28 d with 240 days in the fifth year
    ["2021-01-01", "2025-08-29", [250, 250, 245, 260, 100], 4, false], // the part-year has too few days worked
    ["2021-01-01", "2025-08-01", undefined, 5, true], // 4 years 7 months: the part-year counts
    ["2020-01-01", "2025-07-01", undefined, 5, true], // 5 years 6 months: not over six months
    ["2020-01-01", "2025-08-01", undefined, 6, true], // 5 years 7 months: the part-year counts
    ["2020-01-01", "2025-07-02", undefined, 6, true], // 5 years 6 months 1 day: just over six months
    ["2022-01-01", "2026-01-01", [230, 250, 250, 250], 3, false], // a year with 230 days is not a year
  ] as const)("from %s to %s with %j days worked counts %i completed years", (hire, asOf, worked, years, due) => {
    const summary = serviceSummary([{ hire_date: hire }], asOf, { days_worked_by_service_year: worked ? [...worked] : undefined })
    expect(summary.completed_years_for_gratuity).toBe(years)
    expect(summary.gratuity_due).toBe(due)
  })

  it("needs only 190 days for a year where the unit works under six days a week", () => {
    const summary = serviceSummary([{ hire_date: "2022-01-01" }], "2023-01-01", {
      days_worked_by_service_year: [200],
      works_under_six_days_a_week: true,
    })
    expect(summary.completed_years_for_gratuity).toBe(1)
  })

  it("joins a rehire to earlier service only when the earlier service counts", () => {
    const segments = [
      { hire_date: "2015-03-01", exit_date: "2018-02-28", exit_reason: "resignation" as const },
      { hire_date: "2019-06-01", earlier_service_counts: true },
    ]
    const kept = serviceSummary(segments, "2026-06-01")
    expect(kept.total).toEqual({ years: 9, months: 11, days: 27 })
    expect(kept.continuous_since).toBe("2015-03-01")
    const fresh = serviceSummary([segments[0], { ...segments[1], earlier_service_counts: false }], "2026-06-01")
    expect(fresh.continuous).toEqual({ years: 7, months: 0, days: 0 })
    expect(fresh.continuous_since).toBe("2019-06-01")
  })

  it("counts years since freedom and months in training, and makes gratuity due on death at any service", () => {
    const summary = serviceSummary(
      [{ hire_date: "2024-01-01", exit_date: "2025-03-10", exit_reason: "death" }],
      "2026-01-01",
      { freedom_date: "2019-08-15", training_start: "2023-07-01" }
    )
    expect(summary.years_since_freedom).toEqual({ years: 6, months: 4, days: 17 })
    expect(summary.months_in_training).toBe(6)
    expect(summary.completed_years_for_gratuity).toBe(1)
    expect(summary.gratuity_due).toBe(true)
    const none = serviceSummary([], "2026-01-01")
    expect(none).toMatchObject({ completed_years_for_gratuity: 0, gratuity_due: false, continuous_since: null, years_since_freedom: null })
  })
})
