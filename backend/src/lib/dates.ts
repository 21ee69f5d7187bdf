/** Work dates are calendar days in Kolkata, stored as midnight UTC of that day. */
export const KOLKATA_TIME_ZONE = "Asia/Kolkata"

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

export function dateFromIso(value: string): Date {
  return new Date(`${value}T00:00:00Z`)
}

export function isoFromDate(value: Date | string): string {
  return (typeof value === "string" ? new Date(value) : value).toISOString().slice(0, 10)
}

/** Today's date in Kolkata, whatever the server's own time zone. */
export function todayInKolkata(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: KOLKATA_TIME_ZONE }).format(now)
}

export function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split("-").map(Number)
  const date = new Date(Date.UTC(y + years, m - 1, d))
  // 29 February plus a year lands on 1 March; the anniversary is 28 February
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0)
  return isoFromDate(date)
}

/** Monday to Saturday: the working week in the units. */
export function isWorkingDay(iso: string): boolean {
  return dateFromIso(iso).getUTCDay() !== 0
}

/** Every working day from `from` to `to`, both included. */
export function workingDaysBetween(from: string, to: string): string[] {
  const days: string[] = []
  for (let day = dateFromIso(from); isoFromDate(day) <= to; day = new Date(day.getTime() + 86_400_000)) {
    const iso = isoFromDate(day)
    if (isWorkingDay(iso)) days.push(iso)
  }
  return days
}
