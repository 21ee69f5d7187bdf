import { describe, expect, it } from "vitest"
import { whoMay } from "./role-words"

describe("who may use an area, in words", () => {
  it("names the people who hold the roles", () => {
    expect(whoMay(["owner"])).toBe("owners")
    expect(whoMay(["owner", "finance"])).toBe("owners and finance staff")
    expect(whoMay(["owner", "production", "finance"])).toBe("owners, production staff and finance staff")
  })
})
