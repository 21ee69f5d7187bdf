import type { Paise } from "./money"
import type { Payslip } from "./types"

export type PayRunSummary = {
  payslips: number
  totals_by_code: Record<string, Paise>
  gross: Paise
  deductions: Paise
  net: Paise
  employer_contributions: Paise
  /** What the run costs the organisation: gross pay, employer contributions and adjustments. */
  employer_cost: Paise
  below_minimum_before_top_up: number
  below_living_wage: number
  top_up_total: Paise
}

export function summarisePayRun(payslips: readonly Payslip[]): PayRunSummary {
  const summary: PayRunSummary = {
    payslips: payslips.length,
    totals_by_code: {},
    gross: 0,
    deductions: 0,
    net: 0,
    employer_contributions: 0,
    employer_cost: 0,
    below_minimum_before_top_up: 0,
    below_living_wage: 0,
    top_up_total: 0,
  }
  for (const p of payslips) {
    for (const line of p.lines) summary.totals_by_code[line.code] = (summary.totals_by_code[line.code] ?? 0) + line.amount
    summary.gross += p.gross
    summary.deductions += p.deductions
    summary.net += p.net
    summary.employer_contributions += p.employer_contributions
    if (p.flags.below_minimum_before_top_up) summary.below_minimum_before_top_up++
    if (p.flags.below_living_wage) summary.below_living_wage++
  }
  summary.top_up_total = summary.totals_by_code.floor_top_up ?? 0
  const adjustments = summary.totals_by_code.adjustment ?? 0
  summary.employer_cost = summary.gross + summary.employer_contributions + adjustments
  return summary
}
