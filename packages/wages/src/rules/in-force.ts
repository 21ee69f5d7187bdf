import { RuleSet, RuleSetSchema } from "./schema"

type Dated = { effective_from: string }

/** The entry in force on `date`: the latest that began on or before it. */
export function inForceOn<T extends Dated>(entries: readonly T[], date: string): T | undefined {
  let best: T | undefined
  for (const entry of entries) {
    if (entry.effective_from <= date && (!best || entry.effective_from > best.effective_from)) best = entry
  }
  return best
}

/** The rule set in force on `date`, or an error naming the date when none had begun. */
export function ruleSetInForce(ruleSets: readonly RuleSet[], date: string): RuleSet {
  const found = inForceOn(ruleSets, date)
  if (!found) throw new RangeError(`no rule set is in force on ${date}`)
  return found
}

export function dailyMinimumOn(rules: RuleSet, date: string) {
  const entry = inForceOn(rules.minimum_wage_daily, date)
  if (!entry) throw new RangeError(`no minimum wage is in force on ${date} in ${rules.name}`)
  return entry.value
}

/** Validates rules that arrive as data (from the database or an API body); throws zod's error when they are wrong. */
export function parseRuleSet(data: unknown): RuleSet {
  return RuleSetSchema.parse(data)
}
