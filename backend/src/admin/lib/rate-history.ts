import { isoDayOf } from "./format"

export type PieceRate = {
  id: string
  effective_from: string
  rate_paise: number
  standard_minutes: number
  note: string | null
}

/** Whether something dated applies today, begins later, or was replaced by a later one. */
export type Standing = "in force" | "scheduled" | "superseded"

export type RateInHistory = PieceRate & { starts: string; standing: Standing }

/**
 * A task's rates newest first, each marked as the one in force on `today`
 * (the latest that began on or before it), scheduled (begins later) or superseded.
 */
export function rateHistory(rates: readonly PieceRate[], today: string): RateInHistory[] {
  const dated = rates.map((rate) => ({ ...rate, starts: isoDayOf(rate.effective_from) }))
  const current = dated.filter((r) => r.starts <= today).reduce<string | null>((latest, r) => (!latest || r.starts > latest ? r.starts : latest), null)
  return dated
    .sort((a, b) => (a.starts < b.starts ? 1 : a.starts > b.starts ? -1 : 0))
    .map((rate) => ({
      ...rate,
      standing: rate.starts > today ? "scheduled" : rate.starts === current ? "in force" : "superseded",
    }))
}

/** The rate in force on `today`, and the next one scheduled after it, if any. */
export function currentAndNext(rates: readonly PieceRate[], today: string) {
  const history = rateHistory(rates, today)
  const scheduled = history.filter((r) => r.standing === "scheduled")
  return { current: history.find((r) => r.standing === "in force") ?? null, next: scheduled[scheduled.length - 1] ?? null }
}

/**
 * What a piece rate earns in an hour at the standard pace, in paise, rounded
 * half up with integer arithmetic: rate x 60 / standard minutes.
 */
export function hourlyAtStandardPace(rate: Pick<PieceRate, "rate_paise" | "standard_minutes">): number {
  const numerator = rate.rate_paise * 60
  const quotient = Math.floor(numerator / rate.standard_minutes)
  const remainder = numerator - quotient * rate.standard_minutes
  return remainder * 2 >= rate.standard_minutes ? quotient + 1 : quotient
}
