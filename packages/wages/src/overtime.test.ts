import { describe, expect, it } from "vitest"
import { computePayslip } from "./payslip"
import { WEST_BENGAL_2025 } from "./rule-sets/west-bengal-2025"
import { august, days, MONDAY_TO_SUNDAY_4_TO_10_AUG } from "./test-support"

const premium = (p: ReturnType<typeof computePayslip>) => p.lines.find((l) => l.code === "overtime_premium")

describe("overtime", () => {
  it("pays the premium for hours beyond the normal day at the piece worker's ordinary rate", () => {
    // one 10 h day, 20 pieces x 50.00 = 1,000.00 -> ordinary rate 100.00/h
    // 2 h beyond 8 h x 100.00 x (2 - 1) = 200.00
    const payslip = computePayslip(
      august({ output: [{ work_date: "2025-08-04", task: "STITCH", quantity_accepted: 20, rate_paise: 5000, minutes_worked: 600 }] }),
      WEST_BENGAL_2025
    )
    expect(premium(payslip)).toMatchObject({
      amount: 20000,
      basis: "2 h beyond 8 h/day = 2 h x 100.00/h ordinary rate x (2 - 1)",
    })
    expect(payslip.flags.overtime_beyond_limits).toBe(true)
    expect(payslip.gross).toBe(120000)
  })

  it("pays the premium for hours beyond the normal week that were not beyond a day", () => {
    // Mon-Sun, 8 h a day = 56 h: 8 h beyond 48 h/week; 8 pieces x 100.00 a day -> 100.00/h
    // 8 h x 100.00 x (2 - 1) = 800.00
    const payslip = computePayslip(
      august({ output: days(MONDAY_TO_SUNDAY_4_TO_10_AUG, { task: "STITCH", quantity_accepted: 8, rate_paise: 10000, minutes_worked: 480 }) }),
      WEST_BENGAL_2025
    )
    expect(premium(payslip)).toMatchObject({ amount: 80000, basis: "8 h beyond 48 h/week = 8 h x 100.00/h ordinary rate x (2 - 1)" })
  })

  it("counts an hour beyond the day only once when the week is also long", () => {
    // Mon-Sun: Monday 10 h, the rest 8 h = 58 h; 2 h beyond the day; 58 - 2 - 48 = 8 h beyond the week
    const output = days(MONDAY_TO_SUNDAY_4_TO_10_AUG, { task: "STITCH", quantity_accepted: 8, rate_paise: 10000, minutes_worked: 480 })
    output[0] = { ...output[0], minutes_worked: 600, quantity_accepted: 10 }
    const payslip = computePayslip(august({ output }), WEST_BENGAL_2025)
    expect(premium(payslip)!.basis).toBe("2 h beyond 8 h/day + 8 h beyond 48 h/week = 10 h x 100.00/h ordinary rate x (2 - 1)")
    expect(premium(payslip)!.amount).toBe(100000)
  })

  it("uses the floor as the ordinary rate when piece earnings are below it", () => {
    // 10 h, 2 pieces x 50.00 = 100.00 -> 10.00/h, below the 79.33/h floor: 2 h x 79.33 = 158.66
    const payslip = computePayslip(
      august({ output: [{ work_date: "2025-08-04", task: "STITCH", quantity_accepted: 2, rate_paise: 5000, minutes_worked: 600 }] }),
      WEST_BENGAL_2025
    )
    expect(premium(payslip)!.amount).toBe(15866)
  })

  it("shows a multiplier that is not a whole number as a fraction", () => {
    const rules = { ...WEST_BENGAL_2025, hours: { ...WEST_BENGAL_2025.hours, overtime_multiplier: { numerator: 3, denominator: 2 } } }
    const payslip = computePayslip(
      august({ output: [{ work_date: "2025-08-04", task: "STITCH", quantity_accepted: 20, rate_paise: 5000, minutes_worked: 600 }] }),
      rules
    )
    // 2 h x 100.00 x (3/2 - 1) = 100.00
    expect(premium(payslip)).toMatchObject({ amount: 10000, basis: expect.stringContaining("x (3/2 - 1)") })
  })
})
