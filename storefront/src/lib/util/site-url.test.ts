import { describe, expect, it } from "vitest"
import { absoluteUrl } from "./site-url"

describe("absoluteUrl", () => {
  it("joins a path to the shop's origin", () => {
    expect(absoluteUrl("/in/makers", new URL("https://mukti.example"))).toBe("https://mukti.example/in/makers")
  })

  it("keeps the origin's port", () => {
    expect(absoluteUrl("/us", new URL("http://localhost:8000"))).toBe("http://localhost:8000/us")
  })
})
