import { isEmail } from "./address-form"

export const PASSWORD_MIN_LENGTH = 8

export type AccountFields = { first_name: string; last_name: string; email: string; password: string }

export type AccountCheck =
  | { ok: true; account: AccountFields }
  | { ok: false; errors: Partial<Record<keyof AccountFields, string>> }

/** Checks a sign-up form: names, an email that can receive mail, a password worth having. */
export function checkSignUp(input: Partial<Record<keyof AccountFields, string>>): AccountCheck {
  const account: AccountFields = {
    first_name: (input.first_name ?? "").trim(),
    last_name: (input.last_name ?? "").trim(),
    email: (input.email ?? "").trim().toLowerCase(),
    password: input.password ?? "",
  }
  const errors: Partial<Record<keyof AccountFields, string>> = {}
  if (!account.first_name) errors.first_name = "Please enter your first name."
  if (!account.last_name) errors.last_name = "Please enter your last name."
  if (!isEmail(account.email)) errors.email = "Please enter an email address like name@example.com."
  if (account.password.length < PASSWORD_MIN_LENGTH) {
    errors.password = `Please choose a password of at least ${PASSWORD_MIN_LENGTH} characters.`
  } else if (account.password.toLowerCase() === account.email) {
    errors.password = "Please choose a password that is not your email address."
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, account }
}

/** What a shopper reads when Medusa refuses a sign-in or sign-up. */
export function accountErrorMessage(message: string, status: number | undefined): string {
  if (/already exists/i.test(message)) {
    return "An account with this email already exists. Please sign in instead, or use another email."
  }
  if (status === 401) return "That email and password do not match an account. Please check them and try again."
  return "That did not go through. Please try again."
}

/** Where to go after signing in: only a path inside this shop, never another site. */
export function safeReturnPath(raw: string | null | undefined, fallback: string): string {
  if (!raw || !raw.startsWith("/") || raw.startsWith("//") || raw.includes("\\")) return fallback
  return raw
}
