import { describe, expect, it } from "vitest"
import { workingDaysInRange } from "./leave"

describe("workingDaysInRange", () => {
  it("counts Monday to Saturday, both ends included", () => {
    // 2026-10-04 is a Sunday
    expect(workingDaysInRange("2026-10-03", "2026-10-07")).toBe(4)
    expect(workingDaysInRange("2026-10-04", "2026-10-04")).toBe(0)
  })

  it("is zero for a backwards or unfinished range", () => {
    expect(workingDaysInRange("2026-10-07", "2026-10-03")).toBe(0)
    expect(workingDaysInRange("2026-10-07", "")).toBe(0)
  })
})
