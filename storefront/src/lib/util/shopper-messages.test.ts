import { describe, expect, it } from "vitest"
import { BACKEND_DOWN_MESSAGE, shopperMessage } from "./shopper-messages"

describe("shopperMessage", () => {
  it("tells the shopper an unknown promotion code is not recognised, naming the code", () => {
    const message = shopperMessage(
      { kind: "misconfigured", status: 400, message: "The promotion code NOPE is invalid" },
      "NOPE",
    )
    expect(message).toBe('"NOPE" is not a code we recognise. Check the spelling, or try another code.')
  })

  it("turns Medusa's inventory error into advice", () => {
    const message = shopperMessage({
      kind: "misconfigured",
      status: 400,
      message: "Some variant does not have the required inventory",
    })
    expect(message).toMatch(/smaller quantity/)
  })

  it("says the shop is unreachable when the backend is down, whatever the call", () => {
    expect(shopperMessage({ kind: "unavailable", message: "fetch failed" }, "WELCOME10")).toBe(BACKEND_DOWN_MESSAGE)
  })

  it("asks the shopper to sign in again when the token has expired", () => {
    expect(shopperMessage({ kind: "misconfigured", status: 401, message: "Unauthorized" })).toMatch(/sign in again/)
  })

  it("never shows a developer's message it does not know", () => {
    const message = shopperMessage({ kind: "misconfigured", status: 400, message: "Invalid request: cart_id is required" })
    expect(message).toBe("That did not go through. Please try again.")
  })
})
