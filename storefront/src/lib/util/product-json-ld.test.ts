import { describe, expect, it } from "vitest"
import { productJsonLd } from "./product-json-ld"

const priced = (amount: number, currency = "inr") => ({
  calculated_price: { calculated_amount: amount, original_amount: amount, currency_code: currency },
})

const product = {
  title: "Shapla Kantha Sari",
  description: "Hand-stitched water lilies.",
  images: [{ url: "http://localhost:9000/static/shapla-1.jpg" }],
  material: "Cotton",
  variants: [
    { id: "v1", title: "Indigo", sku: "SHAPLA-IND", manage_inventory: true, inventory_quantity: 3, ...priced(6800) },
    { id: "v2", title: "Madder", manage_inventory: true, inventory_quantity: 0, ...priced(7200) },
    { id: "v3", title: "Not sold here", manage_inventory: false, calculated_price: null },
  ],
}

describe("productJsonLd", () => {
  const ld = productJsonLd({ product, url: "https://mukti.test/in/products/shapla", makerNames: ["Kolkata Kantha Unit"] })

  it("offers each priced variant in the region's currency with its availability", () => {
    expect(ld.offers).toEqual([
      {
        "@type": "Offer",
        name: "Indigo",
        sku: "SHAPLA-IND",
        price: "6800",
        priceCurrency: "INR",
        availability: "https://schema.org/InStock",
        itemCondition: "https://schema.org/NewCondition",
        url: "https://mukti.test/in/products/shapla",
      },
      expect.objectContaining({ name: "Madder", price: "7200", availability: "https://schema.org/OutOfStock" }),
    ])
  })

  it("names the product, its images and the groups that made it", () => {
    expect(ld).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Product",
      name: "Shapla Kantha Sari",
      image: ["http://localhost:9000/static/shapla-1.jpg"],
      manufacturer: [{ "@type": "Organization", name: "Kolkata Kantha Unit" }],
    })
  })

  it("keeps decimal prices as Medusa gives them", () => {
    const dollars = productJsonLd({
      product: { title: "Stud", variants: [{ id: "v", manage_inventory: false, ...priced(24.5, "usd") }] },
      url: "https://mukti.test/us/products/stud",
      makerNames: [],
    })
    expect(dollars.offers).toEqual([expect.objectContaining({ price: "24.5", priceCurrency: "USD" })])
    expect(dollars).not.toHaveProperty("manufacturer")
  })

  it("has no offers when nothing is sold in the region", () => {
    const unsold = productJsonLd({ product: { title: "Wrap", variants: [] }, url: "https://x.test", makerNames: [] })
    expect(unsold).not.toHaveProperty("offers")
  })
})
