import { formatRupees } from "./format"
import { divide, Paise } from "./money"
import type { PayslipLine } from "./types"

/** What a day is worth when there are no days worked to average: the floor for a normal day. */
export type FloorDay = { amount: Paise; basis: string }

/**
 * Paid leave and holidays at average daily earnings: the ordinary earnings
 * of the period (without overtime premium) over the days worked. A period
 * spent wholly on leave has nothing to average, and leave must still be paid,
 * so each day is then paid at the fair-wage floor for a normal day.
 */
export function leaveAndHolidayPay(
  ordinaryEarnings: Paise,
  daysWorked: number,
  attendance: { paid_leave_days: number; holidays: number },
  floorDay: FloorDay
): { amount: Paise; lines: PayslipLine[] } {
  if (attendance.paid_leave_days === 0 && attendance.holidays === 0) return { amount: 0, lines: [] }
  const dayPay =
    daysWorked > 0
      ? (days: number) => divide(ordinaryEarnings * days, daysWorked, "half_up_paise")
      : (days: number) => floorDay.amount * days
  const dayBasis =
    daysWorked > 0
      ? `average daily earnings (${formatRupees(ordinaryEarnings)} ordinary earnings / ${daysWorked} days worked = ${formatRupees(divide(ordinaryEarnings, daysWorked, "half_up_paise"))}/day)`
      : `${formatRupees(floorDay.amount)}/day, the floor for a normal day (${floorDay.basis}), as no days were worked in the period to average`
  const lines: PayslipLine[] = []
  const add = (code: string, label: string, days: number) => {
    if (days <= 0) return
    lines.push({ code, kind: "earning", label, amount: dayPay(days), basis: `${days} days x ${dayBasis}` })
  }
  add("leave_pay", "Paid leave", attendance.paid_leave_days)
  add("holiday_pay", "Paid holidays", attendance.holidays)
  return { amount: lines.reduce((s, l) => s + l.amount, 0), lines }
}
