import { describe, expect, it } from "vitest"
import { serializeJsonLd } from "./json-ld"

describe("serializeJsonLd", () => {
  it("cannot close its script tag early", () => {
    const json = serializeJsonLd({ description: "</script><script>alert(1)</script>" })
    expect(json).not.toContain("</script>")
    expect(JSON.parse(json)).toEqual({ description: "</script><script>alert(1)</script>" })
  })
})
