import { describe, expect, it } from "vitest"
import { findVariant, initialSelection, isChoiceAvailable, isVariantAvailable } from "./variant-selection"

const variant = (id: string, colour: string, size: string, stock: number | null = 5) => ({
  id,
  options: [
    { option_id: "colour", value: colour },
    { option_id: "size", value: size },
  ],
  manage_inventory: stock !== null,
  allow_backorder: false,
  inventory_quantity: stock,
})

const saris = [
  variant("crimson-short", "Crimson", "5.5 m", 0),
  variant("crimson-long", "Crimson", "6.3 m"),
  variant("indigo-short", "Indigo", "5.5 m"),
  variant("indigo-long", "Indigo", "6.3 m", 0),
]

describe("variant selection", () => {
  it("finds the variant matching every chosen option", () => {
    expect(findVariant(saris, { colour: "Indigo", size: "6.3 m" })?.id).toBe("indigo-long")
  })

  it("finds nothing for a partial or impossible choice", () => {
    expect(findVariant(saris, { colour: "Indigo" })).toBeUndefined()
    expect(findVariant(saris, { colour: "Saffron", size: "5.5 m" })).toBeUndefined()
  })

  it("starts on the first variant that is in stock", () => {
    expect(initialSelection(saris)).toEqual({ colour: "Crimson", size: "6.3 m" })
  })

  it("starts on the first variant when nothing is in stock, and on nothing without variants", () => {
    expect(initialSelection([variant("only", "Ivory", "One size", 0)])).toEqual({ colour: "Ivory", size: "One size" })
    expect(initialSelection([])).toEqual({})
  })

  it("treats untracked stock and backorders as available", () => {
    expect(isVariantAvailable(variant("untracked", "Ivory", "One size", null))).toBe(true)
    expect(isVariantAvailable({ ...variant("backorder", "Ivory", "One size", 0), allow_backorder: true })).toBe(true)
    expect(isVariantAvailable(variant("sold-out", "Ivory", "One size", 0))).toBe(false)
  })

  it("tells which other choices would land on a variant in stock", () => {
    const selection = { colour: "Indigo", size: "5.5 m" }
    expect(isChoiceAvailable(saris, selection, "size", "6.3 m")).toBe(false)
    expect(isChoiceAvailable(saris, selection, "colour", "Crimson")).toBe(false)
    expect(isChoiceAvailable(saris, { colour: "Crimson", size: "6.3 m" }, "colour", "Indigo")).toBe(false)
    expect(isChoiceAvailable(saris, { colour: "Crimson", size: "6.3 m" }, "size", "5.5 m")).toBe(false)
    expect(isChoiceAvailable(saris, { colour: "Crimson", size: "5.5 m" }, "colour", "Indigo")).toBe(true)
  })
})
