import { describe, expect, it } from "vitest"
import { literalSearchTerm } from "./search-term"

describe("literalSearchTerm", () => {
  it("leaves ordinary words alone", () => {
    expect(literalSearchTerm("kantha quilt")).toBe("kantha quilt")
  })

  it("escapes the characters ILIKE treats as wildcards, and the escape itself", () => {
    expect(literalSearchTerm("50%")).toBe("50\\%")
    expect(literalSearchTerm("ka_tha")).toBe("ka\\_tha")
    expect(literalSearchTerm("a\\b")).toBe("a\\\\b")
  })
})
