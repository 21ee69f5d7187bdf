import { describe, expect, it } from "vitest"
import { attachmentName } from "./attachment"

describe("the name a downloaded file is saved under", () => {
  it("is the one the API sends", () => {
    expect(attachmentName('attachment; filename="wage-register-2026-10-01-to-2026-10-31.csv"', "x.csv")).toBe(
      "wage-register-2026-10-01-to-2026-10-31.csv"
    )
    expect(attachmentName("attachment; filename=register.csv", "x.csv")).toBe("register.csv")
    expect(attachmentName("attachment; filename*=UTF-8''wage%20register.csv", "x.csv")).toBe("wage register.csv")
  })

  it("falls back when the API sends none, or one with a path in it", () => {
    expect(attachmentName(null, "fallback.csv")).toBe("fallback.csv")
    expect(attachmentName("attachment", "fallback.csv")).toBe("fallback.csv")
    expect(attachmentName('attachment; filename="../etc/passwd"', "fallback.csv")).toBe("fallback.csv")
  })
})
