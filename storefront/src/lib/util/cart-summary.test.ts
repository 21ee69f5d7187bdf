import { describe, expect, it } from "vitest"
import { pieceCount, summaryLines } from "./cart-summary"

const inIndia = { locale: "en-IN", deliveryChosen: true, addressKnown: true }

describe("summaryLines", () => {
  it("shows Medusa's figures for a discounted Indian order with delivery and GST", () => {
    // 2 x ₹6,800 = ₹13,600; 10% off = ₹1,360; delivery ₹99; 5% GST on ₹12,339 = ₹616.95.
    const lines = summaryLines(
      {
        currency_code: "inr",
        item_subtotal: 13600,
        discount_subtotal: 1360,
        shipping_subtotal: 99,
        tax_total: 616.95,
        total: 12955.95,
      },
      inIndia,
    )
    expect(lines).toEqual([
      { key: "subtotal", label: "Subtotal", value: "₹13,600" },
      { key: "discount", label: "Discount", value: "\u2212₹1,360" },
      { key: "delivery", label: "Delivery", value: "₹99" },
      { key: "tax", label: "Tax", value: "₹616.95" },
      { key: "total", label: "Total", value: "₹12,955.95" },
    ])
  })

  it("groups lakhs for large Indian totals", () => {
    const lines = summaryLines({ currency_code: "inr", item_subtotal: 125000, total: 131250, tax_total: 6250 }, inIndia)
    expect(lines.find((l) => l.key === "total")?.value).toBe("₹1,31,250")
  })

  it("leaves out the discount line when no code applies", () => {
    const lines = summaryLines({ currency_code: "usd", item_subtotal: 120, discount_subtotal: 0, total: 120 }, {
      locale: "en-US",
      deliveryChosen: false,
      addressKnown: false,
    })
    expect(lines.map((l) => l.key)).toEqual(["subtotal", "delivery", "tax", "total"])
  })

  it("says delivery and tax come later before the shopper has chosen them", () => {
    const lines = summaryLines({ currency_code: "eur", item_subtotal: 95.5, tax_total: 0, total: 95.5 }, {
      locale: "en-IE",
      deliveryChosen: false,
      addressKnown: false,
    })
    expect(lines.find((l) => l.key === "delivery")?.value).toBe("Chosen at checkout")
    expect(lines.find((l) => l.key === "tax")?.value).toBe("Calculated at checkout")
    expect(lines.find((l) => l.key === "subtotal")?.value).toBe("€95.50")
  })

  it("shows free delivery and a zero tax once both are known", () => {
    const lines = summaryLines(
      { currency_code: "usd", item_subtotal: 80, shipping_subtotal: 0, tax_total: 0, total: 80 },
      { locale: "en-US", deliveryChosen: true, addressKnown: true },
    )
    expect(lines.find((l) => l.key === "delivery")?.value).toBe("Free")
    expect(lines.find((l) => l.key === "tax")?.value).toBe("$0")
  })
})

describe("pieceCount", () => {
  it("counts pieces, not lines", () => {
    expect(pieceCount([{ quantity: 2 }, { quantity: 1 }])).toBe(3)
  })

  it("is zero without a cart", () => {
    expect(pieceCount(null)).toBe(0)
  })
})
