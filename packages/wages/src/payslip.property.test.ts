import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { payFor } from "./floor"
import { computePayslip } from "./payslip"
import { WEST_BENGAL_2025 } from "./rule-sets/west-bengal-2025"
import type { OutputLine, PayslipInput } from "./types"

const outputLine: fc.Arbitrary<OutputLine> = fc.record({
  work_date: fc.integer({ min: 1, max: 31 }).map((d) => `2025-08-${String(d).padStart(2, "0")}`),
  task: fc.constantFrom("STITCH", "HEM", "STRING"),
  quantity_accepted: fc.integer({ min: 0, max: 60 }),
  rate_paise: fc.integer({ min: 100, max: 20_000 }),
  minutes_worked: fc.integer({ min: 0, max: 11 * 60 }),
})

const input: fc.Arbitrary<PayslipInput> = fc.record({
  period: fc.constant({ start: "2025-08-01", end: "2025-08-31" }),
  skill_grade: fc.constantFrom("unskilled", "semi_skilled", "skilled", "highly_skilled"),
  employment_kind: fc.constantFrom("employee", "employee", "trainee"),
  enrolments: fc.record({ epf: fc.boolean(), esi: fc.boolean() }),
  output: fc.array(outputLine, { maxLength: 60 }),
  attendance: fc.record({ paid_leave_days: fc.integer({ min: 0, max: 3 }), holidays: fc.integer({ min: 0, max: 2 }) }),
  adjustments: fc.array(
    fc.record({ amount_paise: fc.integer({ min: -50_000, max: 50_000 }), reason: fc.constant("correction"), reference: fc.constant("payslip p") }),
    { maxLength: 2 }
  ),
}) as fc.Arbitrary<PayslipInput>

const sumOf = (lines: { amount: number }[]) => lines.reduce((s, l) => s + l.amount, 0)

describe("payslip properties", () => {
  it("makes net = gross - deductions + adjustments + rounding, and gross = the earnings lines", () => {
    fc.assert(
      fc.property(input, (i) => {
        const p = computePayslip(i, WEST_BENGAL_2025)
        const of = (kind: string) => sumOf(p.lines.filter((l) => l.kind === kind))
        expect(p.gross).toBe(of("earning") + of("stipend"))
        expect(p.deductions).toBe(of("deduction"))
        expect(p.net).toBe(p.gross - p.deductions + of("adjustment") + of("rounding"))
        expect(Math.abs(p.net % 100)).toBe(0)
      })
    )
  })

  it("never pays an employee less than the floor for the hours she worked", () => {
    fc.assert(
      fc.property(input, (i) => {
        const p = computePayslip({ ...i, employment_kind: "employee" }, WEST_BENGAL_2025)
        const forHours = sumOf(p.lines.filter((l) => ["piece_earnings", "floor_top_up"].includes(l.code)))
        expect(forHours).toBeGreaterThanOrEqual(payFor(p.minutes_worked, { numerator: p.floor_hourly_paise, denominator: 60 }))
      })
    )
  })

  it("gives the same payslip whatever order the output lines arrive in", () => {
    fc.assert(
      fc.property(input, fc.integer(), (i, seed) => {
        const shuffled = [...i.output].sort((a, b) => ((JSON.stringify(a).length * 31 + seed) % 7) - ((JSON.stringify(b).length * 17 + seed) % 5))
        expect(computePayslip({ ...i, output: shuffled.reverse() }, WEST_BENGAL_2025)).toEqual(computePayslip(i, WEST_BENGAL_2025))
      })
    )
  })

  it("puts a whole number of paise on every line and total", () => {
    fc.assert(
      fc.property(input, (i) => {
        const p = computePayslip(i, WEST_BENGAL_2025)
        for (const amount of [...p.lines.map((l) => l.amount), p.gross, p.net, p.deductions, p.employer_contributions]) {
          expect(Number.isSafeInteger(amount)).toBe(true)
        }
      })
    )
  })

  // Statutory steps are real: crossing a professional-tax slab or the ESI
  // waiver threshold costs more than a few extra pieces earn, and EPF and ESI
  // round to the rupee. So the property that holds is: more pieces never lower
  // gross pay, and never lower net pay by more than those roundings (Rs 2)
  // unless the tax slab or the ESI waiver changed.
  it("never lowers pay when she makes more accepted pieces", () => {
    fc.assert(
      fc.property(input, fc.nat(), fc.integer({ min: 1, max: 40 }), (i, pick, extra) => {
        fc.pre(i.output.length > 0)
        const base = { ...i, employment_kind: "employee" as const }
        const index = pick % i.output.length
        const more = { ...base, output: base.output.map((o, k) => (k === index ? { ...o, quantity_accepted: o.quantity_accepted + extra } : o)) }
        const before = computePayslip(base, WEST_BENGAL_2025)
        const after = computePayslip(more, WEST_BENGAL_2025)
        expect(after.gross).toBeGreaterThanOrEqual(before.gross)
        const step = (p: typeof before) => [
          p.lines.find((l) => l.code === "professional_tax")?.amount ?? 0,
          p.lines.find((l) => l.code === "esi_employee")?.amount === 0,
          p.lines.some((l) => l.code === "esi_employee"),
        ]
        if (JSON.stringify(step(before)) === JSON.stringify(step(after))) {
          expect(after.net).toBeGreaterThanOrEqual(before.net - 200)
        }
      }),
      { numRuns: 300 }
    )
  })
})
