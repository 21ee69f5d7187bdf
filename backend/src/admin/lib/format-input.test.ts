import { describe, expect, it } from "vitest"
import { firstOfNextMonth, formatMinutes, isoDayOf, paiseFromRupees, rupeesFromPaise } from "./format"

describe("rupees typed into a form", () => {
  it("become whole paise, exactly", () => {
    expect(paiseFromRupees("12.50")).toBe(1250)
    expect(paiseFromRupees("12.5")).toBe(1250)
    expect(paiseFromRupees("31")).toBe(3100)
    // 0.29 * 100 is 28.999999999999996 as a float; read as digits it is 29 paise.
    expect(paiseFromRupees("0.29")).toBe(29)
    expect(paiseFromRupees("₹ 1,250.05")).toBe(125005)
  })

  it("are refused when they are not an amount of rupees and paise", () => {
    for (const text of ["", "abc", "12.505", "-5", "1e3", "12..5", "."]) expect(paiseFromRupees(text)).toBeNull()
  })

  it("round-trip through the form's text", () => {
    for (const paise of [0, 1, 29, 1250, 123456]) expect(paiseFromRupees(rupeesFromPaise(paise))).toBe(paise)
  })
})

describe("days and durations", () => {
  it("reads the stored midnight-UTC date as its calendar day", () => {
    expect(isoDayOf("2026-04-01T00:00:00.000Z")).toBe("2026-04-01")
  })

  it("says minutes as hours and minutes", () => {
    expect(formatMinutes(45)).toBe("45 min")
    expect(formatMinutes(120)).toBe("2 h")
    expect(formatMinutes(150)).toBe("2 h 30 min")
  })
})

describe("the first of next month", () => {
  it("rolls over the year in December", () => {
    expect(firstOfNextMonth("2026-11-23")).toBe("2026-12-01")
    expect(firstOfNextMonth("2026-12-31")).toBe("2027-01-01")
  })
})
