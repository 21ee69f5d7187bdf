/** Where a public-profile consent stands on a given day; only "current" makes anything public. */
export type ConsentState = "current" | "expired" | "withdrawn" | "not_yet_signed"

type ConsentDays = { signed_on: string; expires_on: string; withdrawn_on: string | null }

/** `days` hold YYYY-MM-DD; `today` is the IST day. A withdrawal wins over everything. */
export function consentState(days: ConsentDays, today: string): ConsentState {
  if (days.withdrawn_on && days.withdrawn_on <= today) return "withdrawn"
  if (days.signed_on > today) return "not_yet_signed"
  if (days.expires_on <= today) return "expired"
  return "current"
}

/** The day three years after `signedOn`, the longest a consent may run (29 Feb falls back to 28 Feb). */
export function latestExpiry(signedOn: string): string {
  const [year, month, day] = signedOn.split("-").map(Number)
  const lastDay = new Date(Date.UTC(year + 3, month, 0)).getUTCDate()
  return `${year + 3}-${String(month).padStart(2, "0")}-${String(Math.min(day, lastDay)).padStart(2, "0")}`
}

/** What is wrong with a consent form before it is sent, in the words the API would use; null when fine. */
export function consentProblem(form: { display_name: string; signed_on: string; expires_on: string }): string | null {
  if (!form.display_name.trim()) return "Enter the display name she chose."
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.signed_on)) return "Enter the day she signed."
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.expires_on)) return "Enter the day the consent expires."
  if (form.expires_on <= form.signed_on) return "The expiry must be after the day she signed."
  if (form.expires_on > latestExpiry(form.signed_on)) return "A consent can last at most three years from signing."
  return null
}
