import { formatHours, formatRupees } from "./format"
import { divide, Paise } from "./money"
import { dailyMinimumOn } from "./rules/in-force"
import type { RuleSet, SkillGrade } from "./rules/schema"
import type { PayslipLine } from "./types"

export type FloorRates = {
  minimumDailyPaise: Paise
  /** The floor as paise per minute: the published hourly rate (to the paisa) over 60, so a basis can be checked by hand. */
  floorPerMinute: { numerator: number; denominator: number }
  minimum_hourly_paise: Paise
  floor_hourly_paise: Paise
  living_hourly_paise: Paise | null
  floorSource: string
}

/** Hourly rates for a grade on a date: minimum = daily / normal day; living = monthly / (days x normal day). */
export function floorRates(rules: RuleSet, grade: SkillGrade, date: string): FloorRates {
  const daily = dailyMinimumOn(rules, date)[grade]
  const day = rules.hours.normal_minutes_per_day
  const month = rules.working_days_per_month * day
  const minimum = { numerator: daily, denominator: day }
  const living = rules.monthly_living_wage_paise === null ? null : { numerator: rules.monthly_living_wage_paise, denominator: month }
  const perHour = (r: { numerator: number; denominator: number }) => divide(r.numerator * 60, r.denominator, "half_up_paise")
  const higher = (a: typeof minimum, b: typeof minimum) => (a.numerator * b.denominator >= b.numerator * a.denominator ? a : b)
  let floor = minimum
  let floorSource = `minimum wage ${formatRupees(daily)}/day`
  if (rules.floor.kind === "living") {
    floor = higher(minimum, { numerator: rules.floor.monthly_living_wage_paise, denominator: month })
    floorSource = floor === minimum ? floorSource : `living wage ${formatRupees(rules.floor.monthly_living_wage_paise)}/month`
  } else if (rules.floor.kind === "fixed") {
    floor = higher(minimum, { numerator: rules.floor.hourly_paise, denominator: 60 })
    floorSource = floor === minimum ? floorSource : `fixed floor ${formatRupees(rules.floor.hourly_paise)}/h`
  }
  const floorHourly = perHour(floor)
  return {
    minimumDailyPaise: daily,
    floorPerMinute: { numerator: floorHourly, denominator: 60 },
    minimum_hourly_paise: perHour(minimum),
    floor_hourly_paise: floorHourly,
    living_hourly_paise: living ? perHour(living) : null,
    floorSource,
  }
}

/** Pay for `minutes` at an exact per-minute rate, rounded half-up to the paisa. */
export function payFor(minutes: number, perMinute: { numerator: number; denominator: number }): Paise {
  return divide(minutes * perMinute.numerator, perMinute.denominator, "half_up_paise")
}

/** Lifts piece earnings to the floor for the hours worked; no line when they already reach it. */
export function floorTopUp(pieceEarnings: Paise, minutes: number, rates: FloorRates): { amount: Paise; line: PayslipLine | null } {
  const floorPay = payFor(minutes, rates.floorPerMinute)
  const amount = Math.max(0, floorPay - pieceEarnings)
  if (amount === 0) return { amount, line: null }
  return {
    amount,
    line: {
      code: "floor_top_up",
      kind: "earning",
      label: "Top-up to the fair-wage floor",
      amount,
      basis: `${formatHours(minutes)} x ${formatRupees(rates.floor_hourly_paise)}/h floor (${rates.floorSource}) = ${formatRupees(floorPay)} - ${formatRupees(pieceEarnings)} piece earnings`,
    },
  }
}
