import { describe, expect, it } from "vitest"
import { computePayslip } from "./payslip"
import { WEST_BENGAL_2025 } from "./rule-sets/west-bengal-2025"
import { august, days, WEEKDAYS_4_TO_8_AUG } from "./test-support"

const codes = (p: ReturnType<typeof computePayslip>) => p.lines.map((l) => l.code)

// Aug 2025 less Sundays and 15 August: 25 working days of 8 h, 30 pieces x 20.00 = 600.00 a day = 75.00/h
const AUGUST_WORKDAYS = Array.from({ length: 31 }, (_, i) => `2025-08-${String(i + 1).padStart(2, "0")}`).filter(
  (d) => new Date(`${d}T00:00:00Z`).getUTCDay() !== 0 && d !== "2025-08-15"
)

describe("a full payslip", () => {
  it("reads in order: earnings, deductions, employer contributions, adjustments and rounding", () => {
    // 25 days x 600.00 = 15,000.00 piece earnings; floor 200 h x 79.33 = 15,866.00; top-up 866.00
    // 15 August at average daily earnings 15,866.00 / 25 = 634.64
    // gross 16,500.64; EPF 12% = 1,980.08 -> 1,980; ESI 0.75% = 123.75 -> 124; PT 130 (15,001-25,000)
    // adjustment +250.00; net 16,500.64 - 2,234.00 + 250.00 = 14,516.64 -> 14,517.00
    const payslip = computePayslip(
      august({
        enrolments: { epf: true, esi: true },
        output: days(AUGUST_WORKDAYS, { task: "STITCH", quantity_accepted: 30, rate_paise: 2000, minutes_worked: 480 }),
        attendance: { paid_leave_days: 0, holidays: 1 },
        adjustments: [{ amount_paise: 25000, reason: "July hemming not counted", reference: "payslip pslip_1" }],
      }),
      WEST_BENGAL_2025
    )
    expect(AUGUST_WORKDAYS).toHaveLength(25)
    expect(codes(payslip)).toEqual([
      "piece_earnings",
      "floor_top_up",
      "holiday_pay",
      "epf_employee",
      "epf_employer_pension",
      "epf_employer_provident",
      "esi_employee",
      "esi_employer",
      "professional_tax",
      "adjustment",
      "net_rounding",
    ])
    const amount = (code: string) => payslip.lines.find((l) => l.code === code)!.amount
    expect(amount("piece_earnings")).toBe(1500000)
    expect(amount("floor_top_up")).toBe(86600)
    expect(amount("holiday_pay")).toBe(63464)
    expect(payslip.gross).toBe(1650064)
    expect(amount("epf_employee")).toBe(198000)
    expect(amount("esi_employee")).toBe(12400)
    expect(amount("professional_tax")).toBe(13000)
    expect(payslip.deductions).toBe(223400)
    expect(amount("adjustment")).toBe(25000)
    expect(payslip.net).toBe(1451700)
    expect(amount("net_rounding")).toBe(36)
    expect(payslip.lines.find((l) => l.code === "adjustment")!.basis).toBe("correction of payslip pslip_1: July hemming not counted")
    expect(payslip.employer_contributions).toBe(amount("epf_employer_pension") + amount("epf_employer_provident") + amount("esi_employer"))
    expect(payslip.days_worked).toBe(25)
  })

  it("pays leave and holidays at average daily earnings", () => {
    // 5 days x 800.00 = 4,000.00 -> 800.00/day; 2 leave days 1,600.00, 1 holiday 800.00
    const payslip = computePayslip(
      august({
        output: days(WEEKDAYS_4_TO_8_AUG, { task: "STITCH", quantity_accepted: 20, rate_paise: 4000, minutes_worked: 480 }),
        attendance: { paid_leave_days: 2, holidays: 1 },
      }),
      WEST_BENGAL_2025
    )
    const leave = payslip.lines.find((l) => l.code === "leave_pay")!
    expect(leave).toMatchObject({ amount: 160000, basis: "2 days x average daily earnings (4,000.00 ordinary earnings / 5 days worked = 800.00/day)" })
    expect(payslip.lines.find((l) => l.code === "holiday_pay")!.amount).toBe(80000)
  })

  it("pays leave at the floor for a normal day when the whole period was leave", () => {
    // no output to average: the living-wage floor 79.33/h x 8 h = 634.64 a day; 3 days 1,903.92 -> net 1,904.00
    const payslip = computePayslip(august({ output: [], attendance: { paid_leave_days: 3, holidays: 0 } }), WEST_BENGAL_2025)
    expect(payslip.lines.find((l) => l.code === "leave_pay")).toMatchObject({
      amount: 190392,
      basis: "3 days x 634.64/day, the floor for a normal day (8 h x 79.33/h, living wage 16,500.00/month), as no days were worked in the period to average",
    })
    expect(payslip.gross).toBe(190392)
    expect(payslip.net).toBe(190400)
    expect(payslip.days_worked).toBe(0)
  })

  it("pays a trainee a stipend and no statutory lines, even when enrolled", () => {
    // 5 days attended x 300.00 = 1,500.00
    const payslip = computePayslip(
      august({
        employment_kind: "trainee",
        enrolments: { epf: true, esi: true },
        output: days(WEEKDAYS_4_TO_8_AUG, { task: "PRACTICE", quantity_accepted: 3, rate_paise: 1000, minutes_worked: 360 }),
      }),
      WEST_BENGAL_2025
    )
    expect(codes(payslip)).toEqual(["stipend"])
    expect(payslip.lines[0]).toMatchObject({ amount: 150000, basis: "5 days attended x 300.00/day; 15 practice pieces" })
    expect(payslip.net).toBe(150000)
    expect(payslip.flags).toEqual({ below_minimum_before_top_up: false, below_living_wage: false, overtime_beyond_limits: false })
  })

  it("records a recovery as a negative adjustment and handles a period with no work", () => {
    const payslip = computePayslip(
      august({ adjustments: [{ amount_paise: -10050, reason: "overpaid in July", reference: "payslip pslip_9" }] }),
      WEST_BENGAL_2025
    )
    expect(payslip.lines.find((l) => l.code === "adjustment")).toMatchObject({ label: "Recovery", amount: -10050 })
    expect(payslip.lines[0].basis).toBe("no accepted pieces in the period")
    expect(payslip.effective_hourly_paise).toBe(0)
    expect(payslip.net).toBe(-10100) // -100.50 rounds (half away from zero) to -101.00
  })
})
