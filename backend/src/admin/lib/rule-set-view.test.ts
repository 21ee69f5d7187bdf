import { WEST_BENGAL_2025 } from "@mukti/wages"
import { describe, expect, it } from "vitest"
import {
  editableRules,
  minimumWageRows,
  percentFromBasisPoints,
  rulesFromEditor,
  timesOrdinary,
  versionStandings,
} from "./rule-set-view"

describe("rule figures as finance reads them", () => {
  it("writes basis points as percentages without trailing zeros", () => {
    expect(percentFromBasisPoints(1200)).toBe("12%")
    expect(percentFromBasisPoints(833)).toBe("8.33%")
    expect(percentFromBasisPoints(75)).toBe("0.75%")
    expect(percentFromBasisPoints(1250)).toBe("12.5%")
    expect(percentFromBasisPoints(0)).toBe("0%")
  })

  it("says the overtime rate as a multiple of the ordinary rate", () => {
    expect(timesOrdinary({ numerator: 2, denominator: 1 })).toBe("2 times")
    expect(timesOrdinary({ numerator: 3, denominator: 2 })).toBe("1.5 times")
  })

  it("lists minimum wages newest first with the monthly figure at daily x working days", () => {
    const rows = minimumWageRows(WEST_BENGAL_2025)
    expect(rows.map((r) => r.effective_from)).toEqual(["2026-01-01", "2025-07-01", "2025-04-01"])
    // 534.00 a day x 26 days = 13,884.00 a month
    expect(rows[0].daily.skilled).toBe(53400)
    expect(rows[0].monthly.skilled).toBe(1388400)
  })
})

describe("which version of the rules is in force", () => {
  const v = (id: string, version: number, effective_from: string) => ({ id, version, effective_from })

  it("is the latest begun on or before today; later ones are scheduled, earlier ones superseded", () => {
    const standings = versionStandings([v("a", 1, "2025-04-01"), v("b", 2, "2026-04-01"), v("c", 3, "2027-04-01")], "2026-11-23")
    expect([...standings.entries()]).toEqual([
      ["a", "superseded"],
      ["b", "in force"],
      ["c", "scheduled"],
    ])
  })

  it("prefers the higher version when two begin on the same day", () => {
    const standings = versionStandings([v("a", 1, "2026-04-01T00:00:00.000Z"), v("b", 2, "2026-04-01T00:00:00.000Z")], "2026-11-23")
    expect(standings.get("b")).toBe("in force")
    expect(standings.get("a")).toBe("superseded")
  })
})

describe("the rules editor", () => {
  it("shows everything but the name and start date, and puts the form's back when it sends", () => {
    const text = editableRules(WEST_BENGAL_2025)
    expect(JSON.parse(text)).not.toHaveProperty("name")
    expect(JSON.parse(text)).not.toHaveProperty("effective_from")
    const parsed = rulesFromEditor(text, "West Bengal 2027", "2027-04-01")
    expect(parsed).toEqual({ ok: true, rules: { ...WEST_BENGAL_2025, name: "West Bengal 2027", effective_from: "2027-04-01" } })
  })

  it("says when the text is not a JSON object", () => {
    expect(rulesFromEditor("{ nope", "n", "2027-04-01")).toMatchObject({ ok: false, error: expect.stringMatching(/not valid JSON/) })
    expect(rulesFromEditor("[1, 2]", "n", "2027-04-01")).toMatchObject({ ok: false, error: expect.stringMatching(/one JSON object/) })
  })
})
