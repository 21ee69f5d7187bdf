import { describe, expect, it } from "vitest"
import type { PayslipLine } from "./pay-runs"
import { payslipSections } from "./payslip-sections"

const line = (code: string, kind: string, amount_paise: number): PayslipLine => ({ code, kind, label: code, amount_paise, basis: null })

describe("a payslip read under its headings", () => {
  it("puts earnings, stipend and adjustments first, then deductions, rounding and the employer's share, each totalled", () => {
    const sections = payslipSections([
      line("piece_earnings", "earning", 14_584_50),
      line("epf_employee", "deduction", 1_883_00),
      line("floor_top_up", "earning", 1_103_01),
      line("epf_employer_pension", "employer", 1_250_00),
      line("rounding", "rounding", -51),
      line("adjustment", "adjustment", -200_00),
    ])
    expect(sections.map((s) => s.title)).toEqual(["Earnings", "Deductions", "Rounding", "Paid by Mukti on top of wages"])
    // 14,584.50 + 1,103.01 - 200.00 = 15,487.51
    expect(sections[0]).toMatchObject({ total_paise: 15_487_51 })
    expect(sections[0].lines.map((l) => l.code)).toEqual(["piece_earnings", "floor_top_up", "adjustment"])
    expect(sections[3].total_paise).toBe(1_250_00)
  })

  it("never hides a line of a kind it does not know", () => {
    const sections = payslipSections([line("piece_earnings", "earning", 100), line("gratuity", "provision", 50)])
    expect(sections.map((s) => s.title)).toEqual(["Earnings", "Other"])
    expect(sections[1].lines[0].code).toBe("gratuity")
  })

  it("leaves out headings with no lines", () => {
    expect(payslipSections([])).toEqual([])
  })
})
