import { describe, expect, it } from "vitest"
import { checkAddress, isEmail } from "./address-form"

const kolkata = {
  email: "Mira@Example.com ",
  first_name: "Mira",
  last_name: "Sen",
  address_1: "12  Park Street",
  address_2: "",
  city: "Kolkata",
  province: "West Bengal",
  postal_code: "700016",
  country_code: "IN",
  phone: "+91 98300 12345",
}

describe("checkAddress", () => {
  it("accepts a complete Indian address and tidies it", () => {
    const result = checkAddress(kolkata, ["in"], { requireEmail: true })
    expect(result).toEqual({
      ok: true,
      email: "mira@example.com",
      address: {
        first_name: "Mira",
        last_name: "Sen",
        address_1: "12 Park Street",
        address_2: "",
        city: "Kolkata",
        province: "West Bengal",
        postal_code: "700016",
        country_code: "in",
        phone: "+91 98300 12345",
      },
    })
  })

  it("says what is missing, field by field, in words a shopper understands", () => {
    const result = checkAddress({ country_code: "in" }, ["in"], { requireEmail: true })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual({
      email: "Please enter your email address, so we can send your receipt.",
      first_name: "Please enter your first name.",
      last_name: "Please enter your last name.",
      address_1: "Please enter the street address.",
      city: "Please enter the town or city.",
      postal_code: "Please enter your PIN code.",
    })
  })

  it("refuses a country the region does not deliver to", () => {
    const result = checkAddress({ ...kolkata, country_code: "gb" }, ["in"], { requireEmail: true })
    expect(!result.ok && result.errors.country_code).toBe("We do not deliver to that country from this shop.")
  })

  it("explains the expected shape of a wrong PIN or ZIP code", () => {
    const pin = checkAddress({ ...kolkata, postal_code: "70001" }, ["in"], { requireEmail: true })
    expect(!pin.ok && pin.errors.postal_code).toBe("That does not look like a PIN code: it should look like 700016.")
    const zip = checkAddress({ ...kolkata, country_code: "us", postal_code: "1000" }, ["us"], { requireEmail: true })
    expect(!zip.ok && zip.errors.postal_code).toMatch(/ZIP code/)
  })

  it("accepts European formats, with Dutch postcodes in either spacing", () => {
    for (const [country, code] of [
      ["nl", "1012ab"],
      ["nl", "1012 AB"],
      ["pt", "1100-148"],
      ["be", "1000"],
      ["de", "10115"],
    ]) {
      const result = checkAddress({ ...kolkata, country_code: country, postal_code: code }, [country], {
        requireEmail: true,
      })
      expect(result.ok, `${country} ${code}`).toBe(true)
    }
  })

  it("lets an Irish address go without an Eircode but catches a malformed one", () => {
    expect(checkAddress({ ...kolkata, country_code: "ie", postal_code: "" }, ["ie"], { requireEmail: true }).ok).toBe(true)
    expect(checkAddress({ ...kolkata, country_code: "ie", postal_code: "D02 X285" }, ["ie"], { requireEmail: true }).ok).toBe(
      true,
    )
    expect(checkAddress({ ...kolkata, country_code: "ie", postal_code: "12345" }, ["ie"], { requireEmail: true }).ok).toBe(
      false,
    )
  })

  it("leaves the phone optional but rejects letters in it", () => {
    expect(checkAddress({ ...kolkata, phone: "" }, ["in"], { requireEmail: true }).ok).toBe(true)
    const result = checkAddress({ ...kolkata, phone: "call me" }, ["in"], { requireEmail: true })
    expect(!result.ok && result.errors.phone).toMatch(/7 to 15 digits/)
  })

  it("does not ask for an email where none is needed (a saved address)", () => {
    expect(checkAddress({ ...kolkata, email: "" }, ["in"], { requireEmail: false }).ok).toBe(true)
  })

  it("rejects an email without a domain", () => {
    const result = checkAddress({ ...kolkata, email: "mira@" }, ["in"], { requireEmail: true })
    expect(!result.ok && result.errors.email).toBe("Please enter an email address like name@example.com.")
  })
})

describe("isEmail", () => {
  it("accepts ordinary addresses and rejects ones with spaces", () => {
    expect(isEmail("a.b+c@mukti.test")).toBe(true)
    expect(isEmail("a b@mukti.test")).toBe(false)
  })
})
