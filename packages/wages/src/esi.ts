import { formatPercent, formatRupees } from "./format"
import { divide, Paise, percent } from "./money"
import type { RuleSet } from "./rules/schema"
import type { PayslipLine } from "./types"

/**
 * ESI on the month's gross wages, for wages up to the coverage ceiling.
 * Contributions are rounded up to the next rupee; a low-paid employee (average
 * daily wage at or below the threshold) pays nothing and the employer still does.
 */
export function esi(grossWages: Paise, daysWorked: number, rules: RuleSet): { employee: PayslipLine | null; employer: PayslipLine | null } {
  const { employee_bp, employer_bp, coverage_ceiling_monthly_paise, employee_exempt_up_to_daily_paise } = rules.esi
  if (grossWages === 0 || grossWages > coverage_ceiling_monthly_paise) return { employee: null, employer: null }
  const averageDaily = daysWorked > 0 ? divide(grossWages, daysWorked, "half_up_paise") : 0
  const waived = averageDaily <= employee_exempt_up_to_daily_paise
  const employer: PayslipLine = {
    code: "esi_employer",
    kind: "employer",
    label: "Employer ESI",
    amount: percent(grossWages, employer_bp, "up_rupee"),
    basis: `${formatPercent(employer_bp)} x ${formatRupees(grossWages)} gross, rounded up to the rupee`,
  }
  const employee: PayslipLine = waived
    ? {
        code: "esi_employee",
        kind: "deduction",
        label: "ESI (waived)",
        amount: 0,
        basis: `average daily wage ${formatRupees(averageDaily)} is at or below ${formatRupees(employee_exempt_up_to_daily_paise)}, so no employee share`,
      }
    : {
        code: "esi_employee",
        kind: "deduction",
        label: "ESI",
        amount: percent(grossWages, employee_bp, "up_rupee"),
        basis: `${formatPercent(employee_bp)} x ${formatRupees(grossWages)} gross, rounded up to the rupee`,
      }
  return { employee, employer }
}
