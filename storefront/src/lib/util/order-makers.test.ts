import { describe, expect, it } from "vitest"
import { orderMakers } from "./order-makers"

const kantha = {
  id: "agrp_kantha",
  handle: "kolkata-kantha-unit",
  name: "Kolkata Kantha Unit",
  city: "Kolkata",
  artisans: [{ display_name: "Bina" }, { display_name: "Doel" }],
}
const looms = {
  id: "agrp_looms",
  handle: "tiljala-looms",
  name: "Tiljala Looms",
  city: "Kolkata",
  artisans: [{ display_name: "Ranu" }],
}

describe("orderMakers", () => {
  it("lists each group once with every piece it worked on", () => {
    const makers = orderMakers([
      { title: "Shapla Kantha Sari", makers: [kantha, looms] },
      { title: "Kantha Quilt", makers: [{ ...kantha, artisans: [{ display_name: "Doel" }, { display_name: "Mili" }] }] },
    ])
    expect(makers).toEqual([
      {
        id: "agrp_kantha",
        handle: "kolkata-kantha-unit",
        name: "Kolkata Kantha Unit",
        city: "Kolkata",
        artisanNames: ["Bina", "Doel", "Mili"],
        pieces: ["Shapla Kantha Sari", "Kantha Quilt"],
      },
      {
        id: "agrp_looms",
        handle: "tiljala-looms",
        name: "Tiljala Looms",
        city: "Kolkata",
        artisanNames: ["Ranu"],
        pieces: ["Shapla Kantha Sari"],
      },
    ])
  })

  it("names a piece once when two variants of it were bought", () => {
    const makers = orderMakers([
      { title: "Shapla Kantha Sari", makers: [kantha] },
      { title: "Shapla Kantha Sari", makers: [kantha] },
    ])
    expect(makers[0].pieces).toEqual(["Shapla Kantha Sari"])
  })

  it("carries nothing beyond the public fields it is given", () => {
    const withExtra = { ...kantha, artisans: [{ display_name: "Bina", legal_name: "not for the shop" }] }
    const [maker] = orderMakers([{ title: "Quilt", makers: [withExtra] }])
    expect(JSON.stringify(maker)).not.toContain("not for the shop")
  })

  it("is empty for an order of pieces with no recorded makers", () => {
    expect(orderMakers([{ title: "Gift card", makers: [] }])).toEqual([])
  })
})
