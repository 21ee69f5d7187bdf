import { describe, expect, it } from "vitest"
import { WEST_BENGAL_2025 } from "../rule-sets/west-bengal-2025"
import { dailyMinimumOn, inForceOn, parseRuleSet, ruleSetInForce } from "./in-force"

describe("the rule in force on a date", () => {
  it("is the latest that began on or before the date, whatever order the list is in", () => {
    expect(dailyMinimumOn(WEST_BENGAL_2025, "2025-06-30").skilled).toBe(51100)
    expect(dailyMinimumOn(WEST_BENGAL_2025, "2025-07-01").skilled).toBe(52100)
    expect(dailyMinimumOn(WEST_BENGAL_2025, "2025-12-31").skilled).toBe(52100)
    expect(dailyMinimumOn(WEST_BENGAL_2025, "2026-01-01").skilled).toBe(53400)
  })

  it("is absent before the first entry, and says so for rule sets", () => {
    expect(inForceOn(WEST_BENGAL_2025.minimum_wage_daily, "2025-03-31")).toBeUndefined()
    expect(() => dailyMinimumOn(WEST_BENGAL_2025, "2025-03-31")).toThrow(/no minimum wage is in force on 2025-03-31/)
    const later = { ...WEST_BENGAL_2025, name: "later", effective_from: "2026-04-01" }
    expect(ruleSetInForce([later, WEST_BENGAL_2025], "2026-03-31").name).toBe(WEST_BENGAL_2025.name)
    expect(ruleSetInForce([WEST_BENGAL_2025, later], "2026-04-01").name).toBe("later")
    expect(() => ruleSetInForce([later], "2026-03-31")).toThrow(/no rule set is in force on 2026-03-31/)
  })

  it("accepts the shipped West Bengal rules and refuses rules with fractional paise or no open slab", () => {
    expect(parseRuleSet(WEST_BENGAL_2025).name).toMatch(/West Bengal/)
    expect(() => parseRuleSet({ ...WEST_BENGAL_2025, trainee_stipend_daily_paise: 300.5 })).toThrow()
    const slabs = WEST_BENGAL_2025.professional_tax.slabs.slice(0, 2)
    expect(() => parseRuleSet({ ...WEST_BENGAL_2025, professional_tax: { slabs } })).toThrow(/open-ended/)
  })
})
