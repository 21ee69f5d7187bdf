import { describe, expect, it } from "vitest"
import { GIFT_MESSAGE_LIMIT, giftMessageProblem, tidyGiftMessage } from "./gift-message"

describe("tidyGiftMessage", () => {
  it("keeps the shopper's line breaks but not stray spaces or blank runs", () => {
    expect(tidyGiftMessage("  Happy birthday, Ma!  \r\n\r\n\r\n\r\nWith love,   \nRia  ")).toBe(
      "Happy birthday, Ma!\n\nWith love,\nRia",
    )
  })

  it("turns a message of only spaces into no message", () => {
    expect(tidyGiftMessage("   \n  ")).toBe("")
  })
})

describe("giftMessageProblem", () => {
  it("accepts a message that fits on the card", () => {
    expect(giftMessageProblem("x".repeat(GIFT_MESSAGE_LIMIT))).toBeUndefined()
  })

  it("counts characters, not bytes, so Bengali script fits as typed", () => {
    expect(giftMessageProblem("শুভ জন্মদিন".repeat(20))).toBeUndefined()
  })

  it("says how long a message that does not fit is", () => {
    expect(giftMessageProblem("x".repeat(GIFT_MESSAGE_LIMIT + 5))).toBe(
      "Please shorten the gift message to 300 characters; it is 305 now.",
    )
  })
})
