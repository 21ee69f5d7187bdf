import { formatRupees } from "./format"
import { divide, Paise } from "./money"
import type { RuleSet } from "./rules/schema"

export type LeavingReason = "resignation" | "retirement" | "termination" | "superannuation" | "death" | "disablement"

export type GratuityArgs = {
  /** Completed years of continuous service, as serviceSummary counts them. */
  completed_years: number
  reason: LeavingReason
  /** Monthly-rated: last month's wages. */
  last_month_wages_paise?: Paise
  /** Piece-rated: the last three months' total wages without overtime; their average is the month's wage. */
  last_three_months_wages_paise?: [Paise, Paise, Paise]
}

export type Gratuity = { eligible: boolean; years_counted: number; wage_paise: Paise; amount: Paise; capped: boolean; basis: string }

/**
 * Gratuity = days' wages per year / days per month x a month's wage x
 * completed years (15/26 in the Act), rounded half-up to the rupee and capped;
 * payable after the minimum years, or at any service on death or disablement.
 */
export function gratuity(args: GratuityArgs, rules: RuleSet): Gratuity {
  const g = rules.gratuity
  const three = args.last_three_months_wages_paise
  const wage = three ? divide(three[0] + three[1] + three[2], 3, "half_up_paise") : (args.last_month_wages_paise ?? 0)
  const wageBasis = three
    ? `average of the last three months' wages without overtime (${three.map(formatRupees).join(" + ")}) / 3 = ${formatRupees(wage)}`
    : `last month's wages ${formatRupees(wage)}`
  const exempt = args.reason === "death" || args.reason === "disablement"
  const eligible = args.completed_years >= g.minimum_years || (exempt && args.completed_years >= 0)
  if (!eligible) {
    return {
      eligible,
      years_counted: args.completed_years,
      wage_paise: wage,
      amount: 0,
      capped: false,
      basis: `${args.completed_years} completed years is less than the ${g.minimum_years} the Act requires on ${args.reason}`,
    }
  }
  const uncapped = divide(g.days_wages_per_year * wage * args.completed_years, g.days_per_month, "nearest_rupee")
  const capped = uncapped > g.cap_paise
  const amount = capped ? g.cap_paise : uncapped
  return {
    eligible,
    years_counted: args.completed_years,
    wage_paise: wage,
    amount,
    capped,
    basis:
      `${g.days_wages_per_year}/${g.days_per_month} x ${wageBasis} x ${args.completed_years} years = ${formatRupees(uncapped)}` +
      (capped ? `, capped at ${formatRupees(g.cap_paise)}` : "") +
      (exempt && args.completed_years < g.minimum_years ? ` (no minimum service on ${args.reason})` : ""),
  }
}
