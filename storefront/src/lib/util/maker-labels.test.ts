import { describe, expect, it } from "vitest"
import { impactFigures, makerKindLabel, makerPlaceLine, pieceCount } from "./maker-labels"

describe("makerKindLabel", () => {
  it("names the kinds the backend uses in words a shopper knows", () => {
    expect(makerKindLabel("unit")).toBe("Workshop")
    expect(makerKindLabel("centre")).toBe("Craft centre")
  })

  it("reads an unknown kind as words", () => {
    expect(makerKindLabel("home_workers")).toBe("Home workers")
  })
})

describe("makerPlaceLine", () => {
  it("joins city, kind and founding year", () => {
    expect(makerPlaceLine({ city: "Kolkata", kind: "unit", founded_year: 2014 })).toBe("Kolkata · Workshop · since 2014")
  })

  it("leaves out a founding year that is not known", () => {
    expect(makerPlaceLine({ city: "Mumbai", kind: "centre", founded_year: null })).toBe("Mumbai · Craft centre")
  })
})

describe("impactFigures", () => {
  it("formats counts the market's way", () => {
    const figures = impactFigures({ artisans_employed: 60, hours_this_year: 125000 }, "en-IN")
    expect(figures).toEqual([
      { key: "artisans", value: "60", label: "artisans employed" },
      { key: "hours", value: "1,25,000", label: "hours of fair-wage work this year" },
    ])
  })

  it("uses the singular for one and leaves out zeros", () => {
    const figures = impactFigures({ artisans_employed: 1, hours_this_year: 0, groups: 3 }, "en-US")
    expect(figures.map((f) => `${f.value} ${f.label}`)).toEqual(["1 artisan employed", "3 workshops"])
  })
})

describe("pieceCount", () => {
  it("counts pieces with the right noun", () => {
    expect(pieceCount(1, "en-US")).toBe("1 piece in the shop")
    expect(pieceCount(17, "en-US")).toBe("17 pieces in the shop")
  })
})
