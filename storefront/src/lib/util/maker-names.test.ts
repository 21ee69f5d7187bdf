import { describe, expect, it } from "vitest"
import { byShare, joinNames, relatedProductIds } from "./maker-names"

describe("joinNames", () => {
  it("joins names as a sentence would", () => {
    expect(joinNames(["Bokul", "Meghla", "Ranu"], "en-US")).toBe("Bokul, Meghla, and Ranu")
    expect(joinNames(["Bokul", "Meghla"], "en-IN")).toBe("Bokul and Meghla")
    expect(joinNames(["Bokul"], "en-IE")).toBe("Bokul")
  })
})

describe("byShare", () => {
  it("puts the group that did most of the work first", () => {
    const sorted = byShare([
      { name: "Mumbai Jewelry Centre", share_percent: 40 },
      { name: "Kolkata Jewelry Centre", share_percent: 60 },
    ])
    expect(sorted.map((m) => m.name)).toEqual(["Kolkata Jewelry Centre", "Mumbai Jewelry Centre"])
  })

  it("orders equal shares by name", () => {
    const sorted = byShare([
      { name: "B", share_percent: 50 },
      { name: "A", share_percent: 50 },
    ])
    expect(sorted.map((m) => m.name)).toEqual(["A", "B"])
  })
})

describe("relatedProductIds", () => {
  it("leaves out the product itself and keeps the group's order", () => {
    expect(relatedProductIds(["p1", "p2", "p3", "p4"], "p2", 2)).toEqual(["p1", "p3"])
  })
})
