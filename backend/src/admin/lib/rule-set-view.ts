import type { Standing } from "./rate-history"
import type { Rules } from "./rule-sets"

/** Basis points as a percentage: 1200 -> "12%", 833 -> "8.33%", 75 -> "0.75%", 1250 -> "12.5%". */
export function percentFromBasisPoints(bp: number): string {
  const whole = Math.trunc(bp / 100)
  const fraction = String(bp % 100).padStart(2, "0").replace(/0+$/, "")
  return fraction ? `${whole}.${fraction}%` : `${whole}%`
}

/** The overtime rate as people say it: { 2, 1 } -> "2 times", { 3, 2 } -> "1.5 times" (to two decimals). */
export function timesOrdinary({ numerator, denominator }: { numerator: number; denominator: number }): string {
  const hundredths = Math.round((numerator * 100) / denominator)
  return `${percentFromBasisPoints(hundredths).replace("%", "")} times`
}

export type MinimumWageRow = { effective_from: string; daily: Record<Grade, number>; monthly: Record<Grade, number> }
export type Grade = "unskilled" | "semi_skilled" | "skilled" | "highly_skilled"
export const GRADES: Grade[] = ["unskilled", "semi_skilled", "skilled", "highly_skilled"]

/** Minimum wages newest first, each grade's daily rate and the monthly figure (daily x working days). */
export function minimumWageRows(rules: Rules): MinimumWageRow[] {
  return [...rules.minimum_wage_daily]
    .sort((a, b) => (a.effective_from < b.effective_from ? 1 : -1))
    .map(({ effective_from, value }) => ({
      effective_from,
      daily: value,
      monthly: Object.fromEntries(GRADES.map((g) => [g, value[g] * rules.working_days_per_month])) as Record<Grade, number>,
    }))
}

/** Which version is in force on `today` (the latest begun on or before it), which are scheduled, which superseded. */
export function versionStandings<T extends { id: string; effective_from: string; version: number }>(
  versions: readonly T[],
  today: string
): Map<string, Standing> {
  const begun = versions.filter((v) => v.effective_from.slice(0, 10) <= today)
  const current = begun.reduce<T | null>((best, v) => {
    if (!best) return v
    const [a, b] = [v.effective_from.slice(0, 10), best.effective_from.slice(0, 10)]
    return a > b || (a === b && v.version > best.version) ? v : best
  }, null)
  return new Map(
    versions.map((v) => [v.id, v.effective_from.slice(0, 10) > today ? "scheduled" : v.id === current?.id ? "in force" : "superseded"])
  )
}

/**
 * The rules as the editor shows them: everything but the name and start date,
 * which the form asks for on their own and puts back when it sends.
 */
export function editableRules(rules: Rules): string {
  const { name: _name, effective_from: _from, ...rest } = rules
  return JSON.stringify(rest, null, 2)
}

export type ParsedRules = { ok: true; rules: Record<string, unknown> } | { ok: false; error: string }

/** The editor's text as an object, with the form's name and date put in; a sentence when it is not JSON. */
export function rulesFromEditor(text: string, name: string, effectiveFrom: string): ParsedRules {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    return { ok: false, error: `The rules are not valid JSON: ${(error as Error).message}` }
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    return { ok: false, error: "The rules must be one JSON object, { ... }." }
  }
  return { ok: true, rules: { ...(parsed as Record<string, unknown>), name, effective_from: effectiveFrom } }
}
