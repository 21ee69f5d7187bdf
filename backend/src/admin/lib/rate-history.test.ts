import { describe, expect, it } from "vitest"
import { currentAndNext, hourlyAtStandardPace, type PieceRate, rateHistory } from "./rate-history"

const rate = (day: string, rate_paise: number, standard_minutes = 30): PieceRate => ({
  id: `rate_${day}`,
  effective_from: `${day}T00:00:00.000Z`,
  rate_paise,
  standard_minutes,
  note: null,
})

const rates = [rate("2026-01-01", 2000), rate("2027-01-01", 2500), rate("2026-07-01", 2300), rate("2025-04-01", 1800)]

describe("a task's rate history", () => {
  it("lists rates newest first and marks the one in force, the scheduled and the superseded", () => {
    const history = rateHistory(rates, "2026-11-23")
    expect(history.map((r) => [r.starts, r.standing])).toEqual([
      ["2027-01-01", "scheduled"],
      ["2026-07-01", "in force"],
      ["2026-01-01", "superseded"],
      ["2025-04-01", "superseded"],
    ])
  })

  it("puts a rate in force from its first day", () => {
    expect(currentAndNext(rates, "2026-07-01").current?.rate_paise).toBe(2300)
    expect(currentAndNext(rates, "2026-06-30").current?.rate_paise).toBe(2000)
  })

  it("has nothing in force before the first rate, and names the nearest scheduled one as next", () => {
    const future = [rate("2027-01-01", 2500), rate("2026-12-01", 2400)]
    expect(currentAndNext(future, "2026-11-23")).toMatchObject({ current: null, next: { rate_paise: 2400 } })
  })
})

describe("what a rate earns an hour at the standard pace", () => {
  it("is rate x 60 / standard minutes, to the nearest paisa", () => {
    // 23.00 a piece in 30 minutes = 46.00 an hour
    expect(hourlyAtStandardPace({ rate_paise: 2300, standard_minutes: 30 })).toBe(4600)
    // 31.50 in 40 minutes: 3150 x 60 / 40 = 4725 exactly
    expect(hourlyAtStandardPace({ rate_paise: 3150, standard_minutes: 40 })).toBe(4725)
    // 10.00 in 7 minutes: 60000 / 7 = 8571.43 -> 8571; 10.01 in 7: 60060 / 7 = 8580 exactly; 0.01 in 120 min: 0.005 -> 1 (half up)
    expect(hourlyAtStandardPace({ rate_paise: 1000, standard_minutes: 7 })).toBe(8571)
    expect(hourlyAtStandardPace({ rate_paise: 1, standard_minutes: 120 })).toBe(1)
  })
})
