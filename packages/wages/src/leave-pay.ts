import { formatRupees } from "./format"
import { divide, Paise } from "./money"
import type { PayslipLine } from "./types"

/**
 * Paid leave and holidays at average daily earnings: the ordinary earnings
 * of the period (without overtime premium) over the days worked.
 */
export function leaveAndHolidayPay(
  ordinaryEarnings: Paise,
  daysWorked: number,
  attendance: { paid_leave_days: number; holidays: number }
): { amount: Paise; lines: PayslipLine[] } {
  if (daysWorked === 0 || (attendance.paid_leave_days === 0 && attendance.holidays === 0)) return { amount: 0, lines: [] }
  const average = divide(ordinaryEarnings, daysWorked, "half_up_paise")
  const averageBasis = `${formatRupees(ordinaryEarnings)} ordinary earnings / ${daysWorked} days worked = ${formatRupees(average)}/day`
  const lines: PayslipLine[] = []
  const add = (code: string, label: string, days: number) => {
    if (days <= 0) return
    const amount = divide(ordinaryEarnings * days, daysWorked, "half_up_paise")
    lines.push({ code, kind: "earning", label, amount, basis: `${days} days x average daily earnings (${averageBasis})` })
  }
  add("leave_pay", "Paid leave", attendance.paid_leave_days)
  add("holiday_pay", "Paid holidays", attendance.holidays)
  return { amount: lines.reduce((s, l) => s + l.amount, 0), lines }
}
