import { describe, expect, it } from "vitest"
import { computePayslip } from "./payslip"
import { summarisePayRun } from "./pay-run-summary"
import { WEST_BENGAL_2025 } from "./rule-sets/west-bengal-2025"
import { august, days, WEEKDAYS_4_TO_8_AUG } from "./test-support"

describe("pay run totals", () => {
  it("adds every line code across payslips and counts who needed a top-up", () => {
    const low = computePayslip(
      august({
        enrolments: { epf: true, esi: true },
        output: days(WEEKDAYS_4_TO_8_AUG, { task: "HEM", quantity_accepted: 10, rate_paise: 3000, minutes_worked: 480 }),
        adjustments: [{ amount_paise: 5000, reason: "missed bundle", reference: "payslip x" }],
      }),
      WEST_BENGAL_2025
    )
    const high = computePayslip(
      august({ output: days(WEEKDAYS_4_TO_8_AUG, { task: "STITCH", quantity_accepted: 20, rate_paise: 4000, minutes_worked: 480 }) }),
      WEST_BENGAL_2025
    )
    const summary = summarisePayRun([low, high])
    expect(summary.payslips).toBe(2)
    expect(summary.totals_by_code.piece_earnings).toBe(150000 + 400000)
    expect(summary.top_up_total).toBe(167320)
    expect(summary.below_minimum_before_top_up).toBe(1)
    expect(summary.below_living_wage).toBe(0)
    expect(summary.gross).toBe(low.gross + high.gross)
    expect(summary.net).toBe(low.net + high.net)
    expect(summary.employer_cost).toBe(summary.gross + summary.employer_contributions + 5000)
  })

  it("is empty for an empty run", () => {
    expect(summarisePayRun([])).toMatchObject({ payslips: 0, gross: 0, top_up_total: 0, totals_by_code: {} })
  })
})
