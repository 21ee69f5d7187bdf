/**
 * Money and dates as finance staff in Kolkata read them: rupees with Indian digit
 * grouping (1,23,456.78) and days and times in IST, whatever the browser's zone.
 */

const TIME_ZONE = "Asia/Kolkata"

const rupees = new Intl.NumberFormat("en-IN", { style: "currency", currency: "INR" })

/**
 * Integer paise as INR. The amount is split into rupees and paise with integer
 * arithmetic and handed to Intl as a decimal string, so no float division can
 * turn 10 paise into 9.999... on the way.
 */
export function formatPaise(paise: number): string {
  if (!Number.isSafeInteger(paise)) throw new RangeError(`${paise} is not a whole number of paise`)
  const sign = paise < 0 ? "-" : ""
  const magnitude = Math.abs(paise)
  const whole = Math.trunc(magnitude / 100)
  const fraction = String(magnitude % 100).padStart(2, "0")
  // Intl.NumberFormat formats decimal strings exactly (ECMA-402 NumberFormat v3).
  return rupees.format(`${sign}${whole}.${fraction}` as unknown as number)
}

const day = new Intl.DateTimeFormat("en-IN", { timeZone: TIME_ZONE, day: "numeric", month: "short", year: "numeric" })
const moment = new Intl.DateTimeFormat("en-IN", {
  timeZone: TIME_ZONE,
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hour12: true,
})

/** A calendar day ("2026-11-01") as "1 Nov 2026"; the day is read as an IST day, never shifted. */
export function formatDay(isoDay: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDay)) return isoDay
  return day.format(new Date(`${isoDay}T00:00:00+05:30`))
}

/** A timestamp as IST date and time, e.g. "23 Nov 2026, 01:30 pm IST". */
export function formatMoment(value: string | Date | null | undefined): string {
  if (!value) return "—"
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return "—"
  return `${moment.format(date)} IST`
}

/** A pay period, e.g. "1 Nov 2026 – 30 Nov 2026". */
export function formatPeriod(start: string, end: string): string {
  return `${formatDay(start)} – ${formatDay(end)}`
}

/** Today's date in IST as YYYY-MM-DD (en-CA formats dates in ISO order). */
export function todayInIst(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(now)
}

/** The first and last day of the IST month before `now`, the usual period of a monthly run. */
export function previousMonthInIst(now: Date = new Date()): { start: string; end: string } {
  const [year, month] = todayInIst(now).split("-").map(Number)
  const previousYear = month === 1 ? year - 1 : year
  const previousMonth = month === 1 ? 12 : month - 1
  const lastDay = new Date(Date.UTC(previousYear, previousMonth, 0)).getUTCDate()
  const mm = String(previousMonth).padStart(2, "0")
  return { start: `${previousYear}-${mm}-01`, end: `${previousYear}-${mm}-${String(lastDay).padStart(2, "0")}` }
}

/** Hours worked, to at most two decimals, grouped the Indian way. */
export function formatHours(hours: number): string {
  return new Intl.NumberFormat("en-IN", { maximumFractionDigits: 2 }).format(hours)
}

/**
 * Rupees typed by a person ("12.50", "1,250", "₹ 31.5") as whole paise, read
 * digit by digit so no float rounding can creep in; null when it is not an amount.
 */
export function paiseFromRupees(text: string): number | null {
  const cleaned = text.replace(/[₹,\s]/g, "")
  const match = cleaned.match(/^(\d{1,9})(?:\.(\d{1,2}))?$/)
  if (!match) return null
  const [, rupees, fraction = ""] = match
  return Number(rupees) * 100 + Number(fraction.padEnd(2, "0"))
}

/** Paise as the plain rupee figure a form field holds ("1250" -> "12.50"). */
export function rupeesFromPaise(paise: number): string {
  const sign = paise < 0 ? "-" : ""
  const magnitude = Math.abs(paise)
  return `${sign}${Math.trunc(magnitude / 100)}.${String(magnitude % 100).padStart(2, "0")}`
}

/** The calendar day of a date the API stores as midnight UTC of that day ("2026-04-01T00:00:00.000Z" -> "2026-04-01"). */
export function isoDayOf(value: string): string {
  return value.slice(0, 10)
}

/** Minutes as people say them: "45 min", "2 h", "2 h 30 min". */
export function formatMinutes(minutes: number): string {
  const hours = Math.trunc(minutes / 60)
  const rest = minutes % 60
  if (!hours) return `${rest} min`
  return rest ? `${hours} h ${rest} min` : `${hours} h`
}

/** The first day of the month after a calendar day: when revised rates and rules usually start. */
export function firstOfNextMonth(isoDay: string): string {
  const [year, month] = isoDay.split("-").map(Number)
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, "0")}-01`
}
