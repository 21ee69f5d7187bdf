import { describe, expect, it } from "vitest"
import { productPrice, variantPrice } from "./product-price"

const priced = (calculated: number, original = calculated) => ({
  calculated_price: { calculated_amount: calculated, original_amount: original, currency_code: "inr" },
})

describe("variantPrice", () => {
  it("reads the region's calculated price of a variant", () => {
    expect(variantPrice(priced(6800))).toEqual({ amount: 6800, currencyCode: "inr" })
  })

  it("keeps the original amount only when the shopper pays less than it", () => {
    expect(variantPrice(priced(5400, 6800))).toEqual({ amount: 5400, originalAmount: 6800, currencyCode: "inr" })
  })

  it("has no price for a variant not priced in the region", () => {
    expect(variantPrice({ calculated_price: null })).toBeNull()
    expect(variantPrice({})).toBeNull()
    expect(variantPrice(undefined)).toBeNull()
  })
})

describe("productPrice", () => {
  it("shows the cheapest variant and says the price varies", () => {
    expect(productPrice([priced(7600), priced(6800)])).toEqual({ amount: 6800, currencyCode: "inr", varies: true })
  })

  it("does not call a single price a starting price", () => {
    expect(productPrice([priced(1400), priced(1400)])).toEqual({ amount: 1400, currencyCode: "inr", varies: false })
  })

  it("skips unpriced variants and has no price when none is priced", () => {
    expect(productPrice([{}, priced(2200)])?.amount).toBe(2200)
    expect(productPrice([{}, { calculated_price: null }])).toBeNull()
    expect(productPrice(undefined)).toBeNull()
  })
})
