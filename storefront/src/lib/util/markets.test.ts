import { describe, expect, it } from "vitest"
import { DEFAULT_MARKET, marketByCode, marketForCountry, pathInMarket } from "./markets"

describe("markets", () => {
  it("finds a market by its URL code, whatever the letter case", () => {
    expect(marketByCode("in")?.currencyCode).toBe("inr")
    expect(marketByCode("US")?.currencyCode).toBe("usd")
    expect(marketByCode("eu")?.currencyCode).toBe("eur")
  })

  it("knows no market for an unknown code or a country code that is not a market", () => {
    expect(marketByCode("gb")).toBeUndefined()
    expect(marketByCode("de")).toBeUndefined()
    expect(marketByCode("")).toBeUndefined()
    expect(marketByCode(undefined)).toBeUndefined()
  })

  it("sends shoppers in euro-area countries to the European market", () => {
    expect(marketForCountry("DE")?.code).toBe("eu")
    expect(marketForCountry("ie")?.code).toBe("eu")
    expect(marketForCountry("bg")?.code).toBe("eu")
  })

  it("has no market for countries outside India, the US and the euro area", () => {
    expect(marketForCountry("gb")).toBeUndefined()
    expect(marketForCountry("ch")).toBeUndefined()
  })

  it("defaults to India", () => {
    expect(DEFAULT_MARKET.code).toBe("in")
  })

  it("moves a path into another market, keeping the rest of it", () => {
    expect(pathInMarket("/in/products/shapla-kantha-sari", "eu")).toBe("/eu/products/shapla-kantha-sari")
    expect(pathInMarket("/us", "in")).toBe("/in")
    expect(pathInMarket("/in/", "us")).toBe("/us")
    expect(pathInMarket("/", "eu")).toBe("/eu")
  })

  it("prefixes a path that has no market yet", () => {
    expect(pathInMarket("/categories/saris", "us")).toBe("/us/categories/saris")
  })
})
