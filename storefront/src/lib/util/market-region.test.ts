import { describe, expect, it } from "vitest"
import { marketByCode } from "./markets"
import { regionForMarket } from "./market-region"

const region = (id: string, currency_code: string, countries: string[]) => ({
  id,
  currency_code,
  countries: countries.map((iso_2) => ({ iso_2 })),
})

const regions = [
  region("reg_in", "inr", ["in"]),
  region("reg_us", "usd", ["us"]),
  region("reg_eu", "eur", ["de", "fr", "it", "es", "nl"]),
]

describe("regionForMarket", () => {
  it("serves each market from the region selling in its currency", () => {
    expect(regionForMarket(regions, marketByCode("in")!)?.id).toBe("reg_in")
    expect(regionForMarket(regions, marketByCode("us")!)?.id).toBe("reg_us")
    expect(regionForMarket(regions, marketByCode("eu")!)?.id).toBe("reg_eu")
  })

  it("prefers the region covering more of the market's countries when two share a currency", () => {
    const withIreland = [region("reg_ie", "EUR", ["ie"]), ...regions]
    expect(regionForMarket(withIreland, marketByCode("eu")!)?.id).toBe("reg_eu")
  })

  it("finds nothing when no region sells in the market's currency", () => {
    expect(regionForMarket([regions[0]], marketByCode("us")!)).toBeUndefined()
  })
})
