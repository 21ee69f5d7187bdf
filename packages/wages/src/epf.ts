import { formatPercent, formatRupees } from "./format"
import { Paise, percent } from "./money"
import type { RuleSet } from "./rules/schema"
import type { PayslipLine } from "./types"

/**
 * EPF on the month's wages without overtime. Contributions are rounded to the
 * nearest rupee as EPFO does; the employer's 12% is split into pension
 * (8.33% of wages up to the ceiling) and the rest to the provident fund.
 */
export function epf(epfWages: Paise, rules: RuleSet): { employee: PayslipLine; employer: PayslipLine[] } {
  const { employee_bp, employer_bp, employer_pension_bp, pension_wage_ceiling_paise } = rules.epf
  const employeeAmount = percent(epfWages, employee_bp, "nearest_rupee")
  const pensionWages = Math.min(epfWages, pension_wage_ceiling_paise)
  const pension = percent(pensionWages, employer_pension_bp, "nearest_rupee")
  const employerTotal = percent(epfWages, employer_bp, "nearest_rupee")
  const capped = pensionWages < epfWages ? ` (capped at the ${formatRupees(pension_wage_ceiling_paise)} ceiling)` : ""
  return {
    employee: {
      code: "epf_employee",
      kind: "deduction",
      label: "Provident fund (EPF)",
      amount: employeeAmount,
      basis: `${formatPercent(employee_bp)} x ${formatRupees(epfWages)} EPF wages, to the nearest rupee`,
    },
    employer: [
      {
        code: "epf_employer_pension",
        kind: "employer",
        label: "Employer pension (EPS)",
        amount: pension,
        basis: `${formatPercent(employer_pension_bp)} x ${formatRupees(pensionWages)} wages${capped}, to the nearest rupee`,
      },
      {
        code: "epf_employer_provident",
        kind: "employer",
        label: "Employer provident fund",
        amount: employerTotal - pension,
        basis: `${formatPercent(employer_bp)} x ${formatRupees(epfWages)} = ${formatRupees(employerTotal)} - ${formatRupees(pension)} pension`,
      },
    ],
  }
}
