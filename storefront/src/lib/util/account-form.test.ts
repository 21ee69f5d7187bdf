import { describe, expect, it } from "vitest"
import { accountErrorMessage, checkSignUp, safeReturnPath } from "./account-form"

describe("checkSignUp", () => {
  it("accepts a complete form and tidies the email", () => {
    expect(checkSignUp({ first_name: " Ria ", last_name: "Das", email: "Ria@Example.com", password: "kantha-2026" })).toEqual({
      ok: true,
      account: { first_name: "Ria", last_name: "Das", email: "ria@example.com", password: "kantha-2026" },
    })
  })

  it("asks for a password of at least eight characters", () => {
    const result = checkSignUp({ first_name: "Ria", last_name: "Das", email: "ria@example.com", password: "short" })
    expect(!result.ok && result.errors.password).toBe("Please choose a password of at least 8 characters.")
  })

  it("refuses the email address as the password", () => {
    const result = checkSignUp({ first_name: "Ria", last_name: "Das", email: "ria@example.com", password: "RIA@example.com" })
    expect(!result.ok && result.errors.password).toMatch(/not your email/)
  })

  it("names every empty field", () => {
    const result = checkSignUp({})
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual(["email", "first_name", "last_name", "password"])
  })
})

describe("accountErrorMessage", () => {
  it("points someone who already has an account to sign in", () => {
    expect(accountErrorMessage("Identity with email already exists", 401)).toMatch(/sign in instead/)
  })

  it("does not say whether the email or the password was wrong", () => {
    expect(accountErrorMessage("Invalid email or password", 401)).toBe(
      "That email and password do not match an account. Please check them and try again.",
    )
  })
})

describe("safeReturnPath", () => {
  it("keeps a path inside the shop", () => {
    expect(safeReturnPath("/in/checkout?step=address", "/in/account")).toBe("/in/checkout?step=address")
  })

  it("refuses other sites, including protocol-relative and backslash tricks", () => {
    for (const raw of ["https://evil.test", "//evil.test", "/\\evil.test", "", null]) {
      expect(safeReturnPath(raw, "/in/account")).toBe("/in/account")
    }
  })
})
