import { describe, expect, it } from "vitest"
import { marketByCode } from "./markets"
import { routeToMarket } from "./market-routing"

const india = marketByCode("in")!
const us = marketByCode("us")!

describe("routeToMarket", () => {
  it("sends the home page to the preferred market", () => {
    expect(routeToMarket("/", us)).toEqual({ action: "redirect", location: "/us" })
  })

  it("lets a path in a known market through and says which market it is", () => {
    expect(routeToMarket("/eu/products/shapla-kantha-sari", india)).toEqual({
      action: "continue",
      market: marketByCode("eu"),
    })
  })

  it("lowercases a market written in capitals", () => {
    expect(routeToMarket("/IN/categories/saris", us)).toEqual({ action: "redirect", location: "/in/categories/saris" })
  })

  it("sends a euro-area country code to the European market, keeping the rest of the path", () => {
    expect(routeToMarket("/de/products/jhumka", india)).toEqual({ action: "redirect", location: "/eu/products/jhumka" })
  })

  it("leaves an unknown region to the routes, which answer 404", () => {
    expect(routeToMarket("/gb", india)).toEqual({ action: "continue" })
    expect(routeToMarket("/xx/products/jhumka", india)).toEqual({ action: "continue" })
  })

  it("puts a path without a region into the preferred market", () => {
    expect(routeToMarket("/products/jhumka", us)).toEqual({ action: "redirect", location: "/us/products/jhumka" })
  })
})
