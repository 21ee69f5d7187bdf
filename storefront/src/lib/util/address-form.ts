/** An address as a shopper types it into the checkout or their account. */
export type AddressFields = {
  first_name: string
  last_name: string
  address_1: string
  address_2: string
  city: string
  province: string
  postal_code: string
  country_code: string
  phone: string
}

export const ADDRESS_FIELD_NAMES: ReadonlyArray<keyof AddressFields> = [
  "first_name",
  "last_name",
  "address_1",
  "address_2",
  "city",
  "province",
  "postal_code",
  "country_code",
  "phone",
]

export type FieldErrors = Partial<Record<keyof AddressFields | "email", string>>

type PostalRule = { pattern: RegExp; name: string; example: string; optional?: boolean }

// Formats of the countries the shop's regions deliver to; others get a loose check.
const POSTAL_RULES: Record<string, PostalRule> = {
  in: { pattern: /^[1-9]\d{5}$/, name: "PIN code", example: "700016" },
  us: { pattern: /^\d{5}(-\d{4})?$/, name: "ZIP code", example: "10001" },
  de: { pattern: /^\d{5}$/, name: "postal code", example: "10115" },
  fr: { pattern: /^\d{5}$/, name: "postal code", example: "75001" },
  it: { pattern: /^\d{5}$/, name: "postal code", example: "00184" },
  es: { pattern: /^\d{5}$/, name: "postal code", example: "28001" },
  fi: { pattern: /^\d{5}$/, name: "postal code", example: "00100" },
  nl: { pattern: /^\d{4} ?[A-Z]{2}$/, name: "postcode", example: "1012 AB" },
  be: { pattern: /^\d{4}$/, name: "postal code", example: "1000" },
  at: { pattern: /^\d{4}$/, name: "postal code", example: "1010" },
  pt: { pattern: /^\d{4}-\d{3}$/, name: "postal code", example: "1100-148" },
  // Many Irish addresses are written without their Eircode; a wrong one is still caught.
  ie: { pattern: /^([AC-FHKNPRTV-Y]\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}$/, name: "Eircode", example: "D02 X285", optional: true },
}

const LOOSE_POSTAL: PostalRule = { pattern: /^[A-Z0-9][A-Z0-9 -]{1,9}$/, name: "postal code", example: "" }

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function isEmail(value: string): boolean {
  return EMAIL.test(value.trim())
}

function checkPhone(phone: string): string | undefined {
  if (!phone) return undefined
  const digits = phone.replace(/\D/g, "").length
  if (!/^\+?[\d\s\-().]+$/.test(phone) || digits < 7 || digits > 15) {
    return "Please enter a phone number with 7 to 15 digits, for example +91 98300 12345, or leave it empty."
  }
  return undefined
}

function checkPostalCode(code: string, country: string): string | undefined {
  const rule = POSTAL_RULES[country] ?? LOOSE_POSTAL
  if (!code) return rule.optional ? undefined : `Please enter your ${rule.name}.`
  if (rule.pattern.test(code)) return undefined
  return rule.example
    ? `That does not look like a ${rule.name}: it should look like ${rule.example}.`
    : `That does not look like a ${rule.name}.`
}

export type AddressCheck =
  | { ok: true; address: AddressFields; email: string }
  | { ok: false; errors: FieldErrors }

/**
 * Checks an address before it goes to the backend, with messages that say what to fix.
 * `countries` are the ones the current region delivers to: the form only offers those,
 * but a stale or hand-made request must not slip another one through.
 */
export function checkAddress(
  input: Partial<Record<keyof AddressFields | "email", string>>,
  countries: readonly string[],
  { requireEmail }: { requireEmail: boolean },
): AddressCheck {
  const text = (name: keyof AddressFields | "email") => (input[name] ?? "").trim().replace(/\s+/g, " ")
  const country = text("country_code").toLowerCase()
  const address: AddressFields = {
    first_name: text("first_name"),
    last_name: text("last_name"),
    address_1: text("address_1"),
    address_2: text("address_2"),
    city: text("city"),
    province: text("province"),
    postal_code: text("postal_code").toUpperCase(),
    country_code: country,
    phone: text("phone"),
  }
  const email = text("email").toLowerCase()
  const errors: FieldErrors = {}

  if (requireEmail && !email) errors.email = "Please enter your email address, so we can send your receipt."
  else if (requireEmail && !isEmail(email)) errors.email = "Please enter an email address like name@example.com."
  if (!address.first_name) errors.first_name = "Please enter your first name."
  if (!address.last_name) errors.last_name = "Please enter your last name."
  if (!address.address_1) errors.address_1 = "Please enter the street address."
  if (!address.city) errors.city = "Please enter the town or city."
  if (!country) errors.country_code = "Please choose a country."
  else if (!countries.includes(country)) errors.country_code = "We do not deliver to that country from this shop."
  const postal = country ? checkPostalCode(address.postal_code, country) : undefined
  if (postal) errors.postal_code = postal
  const phone = checkPhone(address.phone)
  if (phone) errors.phone = phone
  for (const [name, value] of Object.entries(address)) {
    if (value.length > 120) errors[name as keyof AddressFields] = "Please shorten this to 120 characters or fewer."
  }

  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, address, email }
}
