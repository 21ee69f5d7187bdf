import { describe, expect, it } from "vitest"
import { computePayslip } from "./payslip"
import { WEST_BENGAL_2025 } from "./rule-sets/west-bengal-2025"
import { floorRates } from "./floor"
import { august, days, WEEKDAYS_4_TO_8_AUG } from "./test-support"

const line = (payslip: ReturnType<typeof computePayslip>, code: string) => payslip.lines.find((l) => l.code === code)

describe("the fair-wage floor", () => {
  it("derives hourly rates from the daily minimum and the monthly living wage", () => {
    // skilled, Aug 2025: 521.00/day / 8 h = 65.125 -> 65.13/h; living 16,500 / (26 x 8 h) = 79.326.. -> 79.33/h
    const rates = floorRates(WEST_BENGAL_2025, "skilled", "2025-08-01")
    expect(rates.minimum_hourly_paise).toBe(6513)
    expect(rates.living_hourly_paise).toBe(7933)
    expect(rates.floor_hourly_paise).toBe(7933)
  })

  it("tops piece earnings up to the floor for the hours worked", () => {
    // 5 days x 8 h = 40 h; 10 pieces a day x 30.00 = 1,500.00
    // floor: 40 h x 79.33 = 3,173.20; top-up 3,173.20 - 1,500.00 = 1,673.20
    const payslip = computePayslip(
      august({ output: days(WEEKDAYS_4_TO_8_AUG, { task: "HEM", quantity_accepted: 10, rate_paise: 3000, minutes_worked: 480 }) }),
      WEST_BENGAL_2025
    )
    expect(line(payslip, "piece_earnings")!.amount).toBe(150000)
    expect(line(payslip, "floor_top_up")).toMatchObject({
      amount: 167320,
      basis: "40 h x 79.33/h floor (living wage 16,500.00/month) = 3,173.20 - 1,500.00 piece earnings",
    })
    expect(payslip.flags.below_minimum_before_top_up).toBe(true) // 1,500.00 < 40 h x 65.13 = 2,605.20
    expect(payslip.flags.below_living_wage).toBe(false)
    // 3,173.20 rounds to 3,173 with a -0.20 rounding line
    expect(payslip.net).toBe(317300)
    expect(line(payslip, "net_rounding")!.amount).toBe(-20)
    expect(payslip.effective_hourly_paise).toBe(7933)
  })

  it("adds no top-up when piece earnings already reach the floor", () => {
    // 20 pieces x 40.00 = 800.00 for 8 h = 100.00/h, above the 79.33/h floor
    const payslip = computePayslip(
      august({ output: days(WEEKDAYS_4_TO_8_AUG, { task: "STITCH", quantity_accepted: 20, rate_paise: 4000, minutes_worked: 480 }) }),
      WEST_BENGAL_2025
    )
    expect(line(payslip, "floor_top_up")).toBeUndefined()
    expect(payslip.flags.below_minimum_before_top_up).toBe(false)
    expect(payslip.gross).toBe(400000)
  })

  it("can be the statutory minimum, or a fixed hourly amount never below it", () => {
    const minimum = { ...WEST_BENGAL_2025, floor: { kind: "minimum" as const }, monthly_living_wage_paise: 1650000 }
    expect(floorRates(minimum, "unskilled", "2025-08-01").floor_hourly_paise).toBe(5388) // 431.00 / 8 = 53.875 -> 53.88
    const fixedHigh = { ...WEST_BENGAL_2025, floor: { kind: "fixed" as const, hourly_paise: 9000 } }
    expect(floorRates(fixedHigh, "unskilled", "2025-08-01")).toMatchObject({ floor_hourly_paise: 9000, floorSource: "fixed floor 90.00/h" })
    const fixedLow = { ...WEST_BENGAL_2025, floor: { kind: "fixed" as const, hourly_paise: 1000 } }
    expect(floorRates(fixedLow, "unskilled", "2025-08-01").floor_hourly_paise).toBe(5388)
    const noLiving = { ...minimum, monthly_living_wage_paise: null }
    expect(floorRates(noLiving, "unskilled", "2025-08-01").living_hourly_paise).toBeNull()
    // under a minimum-wage floor, someone paid the minimum is flagged below the living wage
    const payslip = computePayslip(
      august({ skill_grade: "unskilled", output: days(WEEKDAYS_4_TO_8_AUG, { task: "HEM", quantity_accepted: 1, rate_paise: 100, minutes_worked: 480 }) }),
      minimum
    )
    expect(payslip.flags.below_living_wage).toBe(true)
    expect(line(payslip, "floor_top_up")!.basis).toMatch(/53.88\/h floor \(minimum wage 431.00\/day\)/)
  })
})
