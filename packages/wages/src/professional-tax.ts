import { formatRupees } from "./format"
import { Paise } from "./money"
import type { RuleSet } from "./rules/schema"
import type { PayslipLine } from "./types"

/** Professional tax from the month's gross by slab; no line where the slab's tax is nil. */
export function professionalTax(grossWages: Paise, rules: RuleSet): PayslipLine | null {
  const slabs = rules.professional_tax.slabs
  let lower = 0
  for (const slab of slabs) {
    if (slab.up_to_paise === null || grossWages <= slab.up_to_paise) {
      if (slab.tax_paise === 0) return null
      const range = slab.up_to_paise === null ? `above ${formatRupees(lower)}` : `${formatRupees(lower + 100)} to ${formatRupees(slab.up_to_paise)}`
      return {
        code: "professional_tax",
        kind: "deduction",
        label: "Professional tax",
        amount: slab.tax_paise,
        basis: `gross ${formatRupees(grossWages)} falls in the ${range} slab`,
      }
    }
    lower = slab.up_to_paise
  }
  return null
}
