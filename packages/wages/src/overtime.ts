import { formatHours, formatRupees } from "./format"
import { divide, Paise } from "./money"
import type { RuleSet } from "./rules/schema"
import type { OutputLine, PayslipLine } from "./types"

/** Monday of the ISO week of `date`, so weeks group the same way in any time zone. */
function weekOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`)
  const back = (d.getUTCDay() + 6) % 7
  d.setUTCDate(d.getUTCDate() - back)
  return d.toISOString().slice(0, 10)
}

/**
 * Minutes beyond the normal day, plus minutes beyond the normal week that
 * were not already counted as beyond a day.
 */
export function overtimeMinutes(output: readonly OutputLine[], rules: RuleSet): { daily: number; weekly: number } {
  const byDay = new Map<string, number>()
  for (const o of output) byDay.set(o.work_date, (byDay.get(o.work_date) ?? 0) + o.minutes_worked)
  const weeks = new Map<string, { total: number; beyondDays: number }>()
  let daily = 0
  for (const [date, minutes] of byDay) {
    const beyond = Math.max(0, minutes - rules.hours.normal_minutes_per_day)
    daily += beyond
    const week = weeks.get(weekOf(date)) ?? { total: 0, beyondDays: 0 }
    week.total += minutes
    week.beyondDays += beyond
    weeks.set(weekOf(date), week)
  }
  let weekly = 0
  for (const week of weeks.values()) {
    weekly += Math.max(0, week.total - week.beyondDays - rules.hours.normal_minutes_per_week)
  }
  return { daily, weekly }
}

/**
 * The premium for overtime. Pieces made in overtime are already in piece
 * earnings at the ordinary rate, so the premium is (multiplier - 1) x the
 * ordinary hourly rate x overtime hours; a piece worker's ordinary rate is
 * her piece earnings over her hours, and never less than the floor.
 */
export function overtimePremium(
  minutes: { daily: number; weekly: number },
  ordinaryHourlyPaise: Paise,
  rules: RuleSet
): { amount: Paise; line: PayslipLine | null } {
  const overtime = minutes.daily + minutes.weekly
  if (overtime === 0) return { amount: 0, line: null }
  const { numerator, denominator } = rules.hours.overtime_multiplier
  const extra = numerator - denominator
  const amount = divide(overtime * ordinaryHourlyPaise * extra, 60 * denominator, "half_up_paise")
  const multiplier = denominator === 1 ? String(numerator) : `${numerator}/${denominator}`
  const where = [
    minutes.daily ? `${formatHours(minutes.daily)} beyond ${formatHours(rules.hours.normal_minutes_per_day)}/day` : "",
    minutes.weekly ? `${formatHours(minutes.weekly)} beyond ${formatHours(rules.hours.normal_minutes_per_week)}/week` : "",
  ].filter(Boolean)
  return {
    amount,
    line: {
      code: "overtime_premium",
      kind: "earning",
      label: "Overtime premium",
      amount,
      basis: `${where.join(" + ")} = ${formatHours(overtime)} x ${formatRupees(ordinaryHourlyPaise)}/h ordinary rate x (${multiplier} - 1)`,
    },
  }
}
