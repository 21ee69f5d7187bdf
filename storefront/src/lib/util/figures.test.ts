import { describe, expect, it } from "vitest"
import { formatCount } from "./figures"

describe("formatCount", () => {
  it("groups hours in lakhs for India and in thousands elsewhere", () => {
    expect(formatCount(125000, "en-IN")).toBe("1,25,000")
    expect(formatCount(125000, "en-US")).toBe("125,000")
  })

  it("shows whole numbers only", () => {
    expect(formatCount(41.6, "en-IE")).toBe("42")
  })
})
