import { epf } from "./epf"
import { esi } from "./esi"
import { floorRates, floorTopUp, payFor } from "./floor"
import { formatHours, formatRupees } from "./format"
import { leaveAndHolidayPay } from "./leave-pay"
import { divide, Paise, roundTo } from "./money"
import { overtimeMinutes, overtimePremium } from "./overtime"
import { pieceEarnings } from "./piece-earnings"
import { professionalTax } from "./professional-tax"
import type { RuleSet } from "./rules/schema"
import type { Payslip, PayslipInput, PayslipLine } from "./types"

const total = (lines: PayslipLine[], kinds: PayslipLine["kind"][]) =>
  lines.filter((l) => kinds.includes(l.kind)).reduce((s, l) => s + l.amount, 0)

/** Hourly rate for the period's pay over its minutes, to the paisa (0 when no time was worked). */
const hourly = (amount: Paise, minutes: number) => (minutes > 0 ? divide(amount * 60, minutes, "half_up_paise") : 0)

function adjustmentLines(input: PayslipInput): PayslipLine[] {
  return (input.adjustments ?? []).map((a) => ({
    code: "adjustment",
    kind: "adjustment" as const,
    label: a.amount_paise >= 0 ? "Arrears" : "Recovery",
    amount: a.amount_paise,
    basis: `correction of ${a.reference}: ${a.reason}`,
  }))
}

/** Totals the lines and appends the rounding of net pay to the rupee. */
function finish(lines: PayslipLine[]) {
  const gross = total(lines, ["earning", "stipend"])
  const deductions = total(lines, ["deduction"])
  const adjustments = total(lines, ["adjustment"])
  const raw = gross - deductions + adjustments
  const net = roundTo(raw, "nearest_rupee")
  if (net !== raw) {
    lines.push({
      code: "net_rounding",
      kind: "rounding",
      label: "Rounding to the rupee",
      amount: net - raw,
      basis: `${formatRupees(raw)} rounded to the nearest rupee is ${formatRupees(net)}`,
    })
  }
  return { lines, gross, deductions, net, employer_contributions: total(lines, ["employer"]) }
}

/**
 * One artisan's payslip for a period, in the order a payslip reads: what she
 * earned, what was deducted, what the employer adds, and the net. Every line
 * carries the arithmetic behind it.
 */
export function computePayslip(input: PayslipInput, rules: RuleSet): Payslip {
  const output = [...input.output].sort(
    (a, b) => a.work_date.localeCompare(b.work_date) || a.task.localeCompare(b.task) || a.rate_paise - b.rate_paise
  )
  const minutes = output.reduce((s, o) => s + o.minutes_worked, 0)
  const daysWorked = new Set(output.filter((o) => o.minutes_worked > 0).map((o) => o.work_date)).size
  const rates = floorRates(rules, input.skill_grade, input.period.start)
  const pieces = pieceEarnings(output)
  const lines: PayslipLine[] = []
  const worked = {
    minutes_worked: minutes,
    pieces: pieces.pieces,
    days_worked: daysWorked,
    floor_hourly_paise: rates.floor_hourly_paise,
    minimum_hourly_paise: rates.minimum_hourly_paise,
    living_hourly_paise: rates.living_hourly_paise,
  }

  if (input.employment_kind === "trainee") {
    const stipend = rules.trainee_stipend_daily_paise * daysWorked
    lines.push({
      code: "stipend",
      kind: "stipend",
      label: "Training stipend",
      amount: stipend,
      basis: `${daysWorked} days attended x ${formatRupees(rules.trainee_stipend_daily_paise)}/day; ${pieces.pieces} practice pieces`,
    })
    lines.push(...adjustmentLines(input))
    return {
      ...finish(lines),
      ...worked,
      effective_hourly_paise: hourly(stipend, minutes),
      flags: { below_minimum_before_top_up: false, below_living_wage: false, overtime_beyond_limits: false },
    }
  }

  lines.push(pieces.line)
  const topUp = floorTopUp(pieces.amount, minutes, rates)
  if (topUp.line) lines.push(topUp.line)
  const ordinary = pieces.amount + topUp.amount
  const overtime = overtimeMinutes(output, rules)
  const premium = overtimePremium(overtime, Math.max(hourly(pieces.amount, minutes), rates.floor_hourly_paise), rules)
  if (premium.line) lines.push(premium.line)
  const normalDay = rules.hours.normal_minutes_per_day
  const leave = leaveAndHolidayPay(ordinary, daysWorked, input.attendance, {
    amount: payFor(normalDay, rates.floorPerMinute),
    basis: `${formatHours(normalDay)} x ${formatRupees(rates.floor_hourly_paise)}/h, ${rates.floorSource}`,
  })
  lines.push(...leave.lines)

  const gross = total(lines, ["earning"])
  const epfWages = gross - premium.amount
  if (input.enrolments.epf && epfWages > 0) {
    const contribution = epf(epfWages, rules)
    lines.push(contribution.employee, ...contribution.employer)
  }
  if (input.enrolments.esi) {
    const contribution = esi(gross, daysWorked + input.attendance.paid_leave_days + input.attendance.holidays, rules)
    if (contribution.employee) lines.push(contribution.employee)
    if (contribution.employer) lines.push(contribution.employer)
  }
  const tax = professionalTax(gross, rules)
  if (tax) lines.push(tax)
  lines.push(...adjustmentLines(input))

  const minimumPay = payFor(minutes, { numerator: rates.minimum_hourly_paise, denominator: 60 })
  return {
    ...finish(lines),
    ...worked,
    effective_hourly_paise: hourly(ordinary + premium.amount, minutes),
    flags: {
      below_minimum_before_top_up: minutes > 0 && pieces.amount < minimumPay,
      below_living_wage: rates.living_hourly_paise !== null && minutes > 0 && hourly(ordinary, minutes) < rates.living_hourly_paise,
      overtime_beyond_limits: overtime.daily + overtime.weekly > 0,
    },
  }
}
