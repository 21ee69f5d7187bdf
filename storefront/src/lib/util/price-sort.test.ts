import { describe, expect, it } from "vitest"
import { sortByPrice } from "./price-sort"

const priced = (id: string, ...amounts: number[]) => ({
  id,
  variants: amounts.map((amount) => ({ calculated_price: { calculated_amount: amount, currency_code: "inr" } })),
})
const unpriced = (id: string) => ({ id, variants: [{ calculated_price: null }] })

describe("sortByPrice", () => {
  it("orders by each product's cheapest variant, low to high", () => {
    const products = [priced("sari", 6800, 5200), priced("studs", 950), priced("quilt", 5600)]
    expect(sortByPrice(products, "asc").map((p) => p.id)).toEqual(["studs", "sari", "quilt"])
  })

  it("orders high to low", () => {
    const products = [priced("studs", 950), priced("quilt", 5600), priced("sari", 5200, 6800)]
    expect(sortByPrice(products, "desc").map((p) => p.id)).toEqual(["quilt", "sari", "studs"])
  })

  it("puts products without a price in the region last in both directions", () => {
    const products = [unpriced("none"), priced("a", 20), priced("b", 10)]
    expect(sortByPrice(products, "asc").map((p) => p.id)).toEqual(["b", "a", "none"])
    expect(sortByPrice(products, "desc").map((p) => p.id)).toEqual(["a", "b", "none"])
  })

  it("keeps the incoming order among equal prices", () => {
    const products = [priced("newer", 49.5), priced("older", 49.5), priced("cheap", 12.25)]
    expect(sortByPrice(products, "asc").map((p) => p.id)).toEqual(["cheap", "newer", "older"])
  })

  it("does not change the list it was given", () => {
    const products = [priced("b", 2), priced("a", 1)]
    sortByPrice(products, "asc")
    expect(products.map((p) => p.id)).toEqual(["b", "a"])
  })
})
