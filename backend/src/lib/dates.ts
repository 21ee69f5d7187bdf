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
