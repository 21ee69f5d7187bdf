import { describe, expect, it } from "vitest"
import { marketFromAcceptLanguage, parseAcceptLanguage, preferredMarket } from "./preferred-market"

describe("parseAcceptLanguage", () => {
  it("orders preferences by quality, keeping the header's order for ties", () => {
    expect(parseAcceptLanguage("en;q=0.8, de-DE, fr;q=0.8")).toEqual([
      { language: "de", region: "de", quality: 1 },
      { language: "en", region: undefined, quality: 0.8 },
      { language: "fr", region: undefined, quality: 0.8 },
    ])
  })

  it("finds the region subtag after a script subtag", () => {
    expect(parseAcceptLanguage("zh-Hant-TW")).toEqual([{ language: "zh", region: "tw", quality: 1 }])
  })

  it("ignores wildcards, refused languages and an empty header", () => {
    expect(parseAcceptLanguage("*, en-US;q=0")).toEqual([])
    expect(parseAcceptLanguage("")).toEqual([])
    expect(parseAcceptLanguage(null)).toEqual([])
  })
})

describe("marketFromAcceptLanguage", () => {
  it("uses the region of the first language that has a market", () => {
    expect(marketFromAcceptLanguage("en-GB, en-US;q=0.9")?.code).toBe("us")
    expect(marketFromAcceptLanguage("en-IN,en;q=0.9")?.code).toBe("in")
    expect(marketFromAcceptLanguage("nl-NL,nl;q=0.9,en;q=0.8")?.code).toBe("eu")
  })

  it("falls back to the usual home of a language when no region says more", () => {
    expect(marketFromAcceptLanguage("bn, en;q=0.5")?.code).toBe("in")
    expect(marketFromAcceptLanguage("de")?.code).toBe("eu")
  })

  it("lets a region anywhere in the list beat a bare language earlier in it", () => {
    expect(marketFromAcceptLanguage("de, en-US;q=0.9")?.code).toBe("us")
  })

  it("finds nothing in plain English", () => {
    expect(marketFromAcceptLanguage("en")).toBeUndefined()
  })
})

describe("preferredMarket", () => {
  it("honours the market the shopper chose before anything else", () => {
    expect(preferredMarket({ chosenMarket: "eu", geoCountry: "IN", acceptLanguage: "en-US" }).code).toBe("eu")
  })

  it("trusts the edge's country header over the browser's languages", () => {
    expect(preferredMarket({ geoCountry: "US", acceptLanguage: "en-IN" }).code).toBe("us")
  })

  it("ignores a remembered choice that is no longer a market", () => {
    expect(preferredMarket({ chosenMarket: "uk", acceptLanguage: "fr-FR" }).code).toBe("eu")
  })

  it("sends everyone else to India", () => {
    expect(preferredMarket({ geoCountry: "GB", acceptLanguage: "en-GB" }).code).toBe("in")
    expect(preferredMarket({}).code).toBe("in")
  })
})
