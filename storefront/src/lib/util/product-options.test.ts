import { describe, expect, it } from "vitest"
import { productOptionChoices } from "./product-options"

const variant = (id: string, colour: string, size: string) => ({
  id,
  options: [
    { option_id: "opt_colour", value: colour },
    { option_id: "opt_size", value: size },
  ],
})

describe("productOptionChoices", () => {
  it("lists each option's values in the order the variants use them", () => {
    const product = {
      options: [
        { id: "opt_colour", title: "Colour" },
        { id: "opt_size", title: "Size" },
      ],
      variants: [
        variant("a", "Crimson", "5.5 m"),
        variant("b", "Crimson", "6.3 m with blouse piece"),
        variant("c", "Indigo", "5.5 m"),
      ],
    }
    expect(productOptionChoices(product)).toEqual([
      { id: "opt_colour", title: "Colour", values: ["Crimson", "Indigo"] },
      { id: "opt_size", title: "Size", values: ["5.5 m", "6.3 m with blouse piece"] },
    ])
  })

  it("puts the options in the order the variants list them", () => {
    const product = {
      options: [
        { id: "opt_size", title: "Length" },
        { id: "opt_colour", title: "Colour" },
      ],
      variants: [variant("a", "Crimson", "5.5 m")],
    }
    expect(productOptionChoices(product).map((o) => o.title)).toEqual(["Colour", "Length"])
  })

  it("has no choices for a product without options", () => {
    expect(productOptionChoices({ options: null, variants: [] })).toEqual([])
  })
})
