/**
 * How register facts read on the artisan pages. The API stores calendar days as
 * midnight UTC, so the day is the first ten characters, never a zone conversion.
 */

import type { Span } from "@mukti/wages"

/** "2021-03-04T00:00:00.000Z" or "2021-03-04" as "2021-03-04"; empty for nothing. */
export function dayOf(value: string | null | undefined): string | null {
  if (!value) return null
  const day = value.slice(0, 10)
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`

/** A span as "5 years 2 months", dropping zero parts; "less than a day" when all are zero. */
export function formatSpan(span: Span | null | undefined): string {
  if (!span) return "—"
  const parts = [
    span.years ? plural(span.years, "year") : null,
    span.months ? plural(span.months, "month") : null,
    span.days ? plural(span.days, "day") : null,
  ].filter(Boolean)
  return parts.length ? parts.join(" ") : "less than a day"
}

/** "semi_skilled" as "Semi-skilled", "highly_skilled" as "Highly skilled". */
export function formatGrade(grade: string): string {
  const words = grade.split("_")
  const text = words[0] === "semi" ? `semi-${words.slice(1).join(" ")}` : words.join(" ")
  return text.charAt(0).toUpperCase() + text.slice(1)
}
