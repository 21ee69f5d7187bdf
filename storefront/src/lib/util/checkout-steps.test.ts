import { describe, expect, it } from "vitest"
import { type CheckoutProgress, firstOpenStep, nextStep, resolveStep, stepStates } from "./checkout-steps"

const fresh: CheckoutProgress = { email: null, shipping_address: null, shipping_methods: [], payment_collection: null }
const addressed: CheckoutProgress = {
  ...fresh,
  email: "mira@example.com",
  shipping_address: { address_1: "12 Park Street", country_code: "in" },
}
const delivered: CheckoutProgress = { ...addressed, shipping_methods: [{ id: "casm_1" }] }
const paying: CheckoutProgress = { ...delivered, payment_collection: { payment_sessions: [{ status: "pending" }] } }

describe("firstOpenStep", () => {
  it("starts a new cart at the address", () => {
    expect(firstOpenStep(fresh)).toBe("address")
  })

  it("needs the email as well as the address", () => {
    expect(firstOpenStep({ ...addressed, email: "" })).toBe("address")
  })

  it("moves on to delivery, payment and review as each is done", () => {
    expect(firstOpenStep(addressed)).toBe("delivery")
    expect(firstOpenStep(delivered)).toBe("payment")
    expect(firstOpenStep(paying)).toBe("review")
  })

  it("asks for payment again when the only session failed", () => {
    expect(firstOpenStep({ ...delivered, payment_collection: { payment_sessions: [{ status: "error" }] } })).toBe("payment")
  })
})

describe("resolveStep", () => {
  it("does not let a shopper skip ahead to review without a delivery option", () => {
    expect(resolveStep("review", addressed)).toBe("delivery")
  })

  it("lets a shopper go back to change their address", () => {
    expect(resolveStep("address", paying)).toBe("address")
  })

  it("sends an unknown step to the first open one", () => {
    expect(resolveStep("shipping", delivered)).toBe("payment")
    expect(resolveStep(undefined, fresh)).toBe("address")
  })
})

describe("stepStates", () => {
  it("marks earlier steps done, the shown one current and later ones upcoming", () => {
    const states = stepStates("delivery", delivered)
    expect(states.map((s) => [s.step, s.state, s.reachable])).toEqual([
      ["address", "done", true],
      ["delivery", "current", false],
      ["payment", "upcoming", true],
      ["review", "upcoming", false],
    ])
  })

  it("keeps later finished steps done while the shopper revisits an earlier one", () => {
    const states = stepStates("address", paying)
    expect(states.map((s) => s.state)).toEqual(["current", "done", "done", "upcoming"])
    expect(states.every((s) => s.reachable || s.step === "address")).toBe(true)
  })
})

describe("nextStep", () => {
  it("goes address, delivery, payment, review and stays on review", () => {
    expect(nextStep("address")).toBe("delivery")
    expect(nextStep("payment")).toBe("review")
    expect(nextStep("review")).toBe("review")
  })
})
