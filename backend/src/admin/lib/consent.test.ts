import { describe, expect, it } from "vitest"
import { consentProblem, consentState, latestExpiry } from "./consent"

describe("consent state", () => {
  const signed = { signed_on: "2025-01-10", expires_on: "2027-01-10", withdrawn_on: null }

  it("is current between signing and expiry", () => {
    expect(consentState(signed, "2026-11-23")).toBe("current")
  })

  it("has expired on its expiry day", () => {
    expect(consentState(signed, "2027-01-10")).toBe("expired")
  })

  it("is withdrawn from the day of withdrawal, whatever the expiry", () => {
    expect(consentState({ ...signed, withdrawn_on: "2026-03-01" }, "2026-11-23")).toBe("withdrawn")
    expect(consentState({ ...signed, withdrawn_on: "2026-12-01" }, "2026-11-23")).toBe("current")
  })

  it("is not yet in force before it is signed", () => {
    expect(consentState(signed, "2024-12-31")).toBe("not_yet_signed")
  })
})

describe("consent expiry", () => {
  it("may run three years at most, with 29 February falling to 28 February", () => {
    expect(latestExpiry("2026-11-23")).toBe("2029-11-23")
    expect(latestExpiry("2028-02-29")).toBe("2031-02-28")
  })

  it("explains a form the API would refuse", () => {
    const form = { display_name: "Asha", signed_on: "2026-11-23", expires_on: "2029-11-24" }
    expect(consentProblem(form)).toMatch(/three years/)
    expect(consentProblem({ ...form, expires_on: "2026-11-23" })).toMatch(/after the day she signed/)
    expect(consentProblem({ ...form, display_name: " " })).toMatch(/display name/)
    expect(consentProblem({ ...form, expires_on: "2029-11-23" })).toBeNull()
  })
})
