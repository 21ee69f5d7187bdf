import { describe, expect, it } from "vitest"
import fc from "fast-check"
import { divide, multiply, percent, roundTo, sum } from "./money"
import { formatRupees } from "./format"

describe("money in paise", () => {
  it.each([
    // numerator, denominator, mode, expected
    [1249, 10, "half_up_paise", 125], // 124.9 -> 125
    [1245, 10, "half_up_paise", 125], // 124.5 -> 125 (half goes up, not to even)
    [1244, 10, "half_up_paise", 124],
    [-1245, 10, "half_up_paise", -125], // magnitude rounds half-up
    [1249, 10, "down_paise", 124],
    [15701, 1, "up_rupee", 15800], // 157.01 -> 158.00
    [15700, 1, "up_rupee", 15700],
    [15750, 1, "nearest_rupee", 15800], // 157.50 -> 158.00
    [15749, 1, "nearest_rupee", 15700],
    [112500000, 26, "nearest_rupee", 4326900], // 43,269.23 -> 43,269
  ] as const)("divides %i by %i rounding %s to %i", (n, d, mode, expected) => {
    expect(divide(n, d, mode)).toBe(expected)
  })

  it("takes percentages in basis points and rationals exactly", () => {
    expect(percent(1200000, 833, "half_up_paise")).toBe(99960) // 8.33% of 12,000.00 = 999.60
    expect(multiply(6000, { numerator: 15, denominator: 26 }, "half_up_paise")).toBe(3462) // 34.615 -> 34.62
    expect(roundTo(123456, "nearest_rupee")).toBe(123500)
  })

  it("refuses fractions of a paisa and bad denominators", () => {
    expect(() => sum([1, 0.5])).toThrow(/whole number of paise/)
    expect(() => divide(10, 0, "half_up_paise")).toThrow(/positive integer/)
  })

  it("sums 10,000 random lines to exactly the total a big-integer sum gives", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5_000_000, max: 50_000_000 }), { minLength: 10_000, maxLength: 10_000 }), (lines) => {
        const exact = lines.reduce((s, l) => s + BigInt(l), 0n)
        expect(BigInt(sum(lines))).toBe(exact)
      }),
      { numRuns: 20 }
    )
  })

  it("writes rupees with Indian digit grouping", () => {
    expect(formatRupees(231000)).toBe("2,310.00")
    expect(formatRupees(1234567805)).toBe("1,23,45,678.05")
    expect(formatRupees(-2005)).toBe("-20.05")
  })
})
