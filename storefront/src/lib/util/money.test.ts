import { describe, expect, it } from "vitest"
import { formatMoney } from "./money"

describe("formatMoney", () => {
  it("groups rupees the Indian way, in lakhs", () => {
    expect(formatMoney(125000, "inr", "en-IN")).toBe("₹1,25,000")
    expect(formatMoney(6800, "inr", "en-IN")).toBe("₹6,800")
  })

  it("shows dollars and euros in their own symbols", () => {
    expect(formatMoney(96, "usd", "en-US")).toBe("$96")
    expect(formatMoney(1250, "eur", "en-IE")).toBe("€1,250")
  })

  it("drops .00 from whole amounts but keeps real fractions", () => {
    expect(formatMoney(88, "eur", "en-IE")).toBe("€88")
    expect(formatMoney(88.5, "eur", "en-IE")).toBe("€88.50")
    expect(formatMoney(3999.99, "inr", "en-IN")).toBe("₹3,999.99")
  })

  it("accepts currency codes in either case", () => {
    expect(formatMoney(10, "USD", "en-US")).toBe(formatMoney(10, "usd", "en-US"))
  })
})
