"use server"

import { redirect } from "next/navigation"
import {
  addCustomerAddress,
  authenticate,
  claimCart,
  deleteCustomerAddress,
  registerCustomer,
} from "@/lib/data/customer"
import { listRegions } from "@/lib/data/regions"
import { forgetCartId, forgetCustomerToken, readCartId, rememberCustomerToken } from "@/lib/data/session-cookies"
import { accountErrorMessage, checkSignUp, safeReturnPath } from "@/lib/util/account-form"
import { ADDRESS_FIELD_NAMES, checkAddress } from "@/lib/util/address-form"
import { marketByCode } from "@/lib/util/markets"
import { shopperMessage } from "@/lib/util/shopper-messages"
import { type ActionState, failed, field } from "./action-state"

/** Signs the customer in on this browser and gives them the cart they filled as a guest. */
async function startSession(token: string): Promise<void> {
  await rememberCustomerToken(token)
  const cartId = await readCartId()
  if (cartId) {
    const claimed = await claimCart(cartId, token)
    // A cart that cannot be claimed (already someone else's) is left behind, not shared.
    if (!claimed.ok) await forgetCartId()
  }
}

/** Account forms name their market `market`, since `country_code` is an address field. */
function accountHome(form: FormData): string {
  const market = marketByCode(field(form, "market"))
  return `/${market?.code ?? "in"}/account`
}

export async function signUp(_state: ActionState, form: FormData): Promise<ActionState> {
  const values = { first_name: field(form, "first_name"), last_name: field(form, "last_name"), email: field(form, "email") }
  const check = checkSignUp({ ...values, password: String(form.get("password") ?? "") })
  if (!check.ok) return failed("Please check the highlighted fields.", { fieldErrors: check.errors, values })
  const token = await registerCustomer(check.account)
  if (!token.ok) {
    const message =
      token.error.kind === "unavailable" ? shopperMessage(token.error) : accountErrorMessage(token.error.message, token.error.status)
    return failed(message, { values })
  }
  await startSession(token.data)
  redirect(accountHome(form))
}

export async function signIn(_state: ActionState, form: FormData): Promise<ActionState> {
  const email = field(form, "email").toLowerCase()
  const password = String(form.get("password") ?? "")
  const values = { email }
  if (!email || !password) return failed("Please enter your email and password.", { values })
  const token = await authenticate({ email, password })
  if (!token.ok) {
    const message =
      token.error.kind === "unavailable" ? shopperMessage(token.error) : accountErrorMessage(token.error.message, token.error.status)
    return failed(message, { values })
  }
  await startSession(token.data)
  redirect(safeReturnPath(field(form, "next"), accountHome(form)))
}

export async function signOut(form: FormData): Promise<void> {
  await forgetCustomerToken()
  // The cart now belongs to the account; the next guest on this browser starts a new one.
  await forgetCartId()
  const market = marketByCode(field(form, "market"))
  redirect(`/${market?.code ?? "in"}`)
}

export async function addAddress(_state: ActionState, form: FormData): Promise<ActionState> {
  const values = Object.fromEntries(ADDRESS_FIELD_NAMES.map((name) => [name, field(form, name)]))
  const regions = await listRegions()
  if (!regions.ok) return failed(shopperMessage(regions.error), { values })
  const countries = regions.data.flatMap((region) =>
    (region.countries ?? []).flatMap((country) => (country.iso_2 ? [country.iso_2.toLowerCase()] : [])),
  )
  const check = checkAddress(values, countries, { requireEmail: false })
  if (!check.ok) return failed("Please check the highlighted fields.", { fieldErrors: check.errors, values })
  const saved = await addCustomerAddress(check.address)
  if (!saved.ok) return failed(shopperMessage(saved.error), { values })
  redirect(`${accountHome(form)}/addresses?saved=1`)
}

export async function removeAddress(_state: ActionState, form: FormData): Promise<ActionState> {
  const removed = await deleteCustomerAddress(field(form, "address_id"))
  if (!removed.ok) return failed(shopperMessage(removed.error))
  redirect(`${accountHome(form)}/addresses`)
}
