import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { type DataResult, success } from "./result"
import { readCustomerToken } from "./session-cookies"
import { storeCall } from "./store-call"

export type Customer = HttpTypes.StoreCustomer

const CUSTOMER_FIELDS = "id,email,first_name,last_name,*addresses"

/** The signed-in customer, or `null` for a guest or a token that has expired. */
export async function retrieveCustomer(): Promise<DataResult<Customer | null>> {
  const token = await readCustomerToken()
  if (!token) return success(null)
  const result = await storeCall<{ customer: Customer }>("/store/customers/me", {
    query: { fields: CUSTOMER_FIELDS },
    token,
  })
  if (!result.ok) return result.error.status === 401 ? success(null) : result
  return success(result.data.customer)
}

type Credentials = { email: string; password: string }

/** Checks an email and password with Medusa; the answer is a token for the customer. */
export async function authenticate({ email, password }: Credentials): Promise<DataResult<string>> {
  const result = await storeCall<{ token: string }>("/auth/customer/emailpass", {
    method: "POST",
    body: { email, password },
  })
  return result.ok ? success(result.data.token) : result
}

export type NewCustomer = Credentials & { first_name: string; last_name: string }

/**
 * Creates the login, then the customer it belongs to, then signs in: the registration token
 * only allows creating the customer, so a fresh one is needed to act as them.
 */
export async function registerCustomer(details: NewCustomer): Promise<DataResult<string>> {
  const { email, password, first_name, last_name } = details
  const registered = await storeCall<{ token: string }>("/auth/customer/emailpass/register", {
    method: "POST",
    body: { email, password },
  })
  if (!registered.ok) return registered
  const created = await storeCall<{ customer: Customer }>("/store/customers", {
    method: "POST",
    body: { email, first_name, last_name },
    token: registered.data.token,
  })
  if (!created.ok) return created
  return authenticate({ email, password })
}

/** Gives a guest's cart to the customer who just signed in, so the order lands in their history. */
export async function claimCart(cartId: string, token: string): Promise<DataResult<unknown>> {
  return storeCall(`/store/carts/${encodeURIComponent(cartId)}/customer`, { method: "POST", token })
}

export type AddressInput = Omit<HttpTypes.StoreCreateCustomerAddress, "metadata">

export async function addCustomerAddress(address: AddressInput): Promise<DataResult<unknown>> {
  return storeCall("/store/customers/me/addresses", { method: "POST", body: address, token: await readCustomerToken() })
}

export async function deleteCustomerAddress(addressId: string): Promise<DataResult<unknown>> {
  return storeCall(`/store/customers/me/addresses/${encodeURIComponent(addressId)}`, {
    method: "DELETE",
    token: await readCustomerToken(),
  })
}
