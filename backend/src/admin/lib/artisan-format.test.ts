import { describe, expect, it } from "vitest"
import { dayOf, formatGrade, formatSpan } from "./artisan-format"

describe("register formatting", () => {
  it("reads the stored day without shifting it into another zone", () => {
    expect(dayOf("2021-03-04T00:00:00.000Z")).toBe("2021-03-04")
    expect(dayOf(null)).toBeNull()
  })

  it("writes a span in words, leaving out zero parts", () => {
    expect(formatSpan({ years: 5, months: 0, days: 1 })).toBe("5 years 1 day")
    expect(formatSpan({ years: 0, months: 0, days: 0 })).toBe("less than a day")
    expect(formatSpan(null)).toBe("—")
  })

  it("names grades as the wage notification does", () => {
    expect(formatGrade("semi_skilled")).toBe("Semi-skilled")
    expect(formatGrade("highly_skilled")).toBe("Highly skilled")
  })
})
