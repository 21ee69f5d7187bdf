import { describe, expect, it } from "vitest"
import { paymentMethodLabel, paymentMethods } from "./payment-methods"

describe("paymentMethods", () => {
  it("offers the card first and names the demo provider honestly", () => {
    expect(paymentMethods(["pp_system_default", "pp_stripe_stripe"]).map((m) => m.label)).toEqual([
      "Card",
      "Demo payment (no card is charged)",
    ])
  })

  it("leaves out providers the storefront cannot take payments with", () => {
    expect(paymentMethods(["pp_paypal_paypal", "pp_system_default"]).map((m) => m.id)).toEqual(["pp_system_default"])
  })
})

describe("paymentMethodLabel", () => {
  it("falls back to a plain word for an unknown provider", () => {
    expect(paymentMethodLabel("pp_unknown")).toBe("Payment")
    expect(paymentMethodLabel(undefined)).toBe("Payment")
  })
})
