import "server-only"
import type { HttpTypes } from "@medusajs/types"
import type { Cart } from "./cart"
import { type DataResult, success } from "./result"
import { readCustomerToken } from "./session-cookies"
import { storeCall } from "./store-call"

/** Medusa's own provider: authorises at once, so the demo and the tests pay without a network. */
export const SYSTEM_PROVIDER = "pp_system_default"
export const STRIPE_PROVIDER = "pp_stripe_stripe"

type PaymentCollection = HttpTypes.StorePaymentCollection

/** The payment providers the region accepts. */
export async function listPaymentProviders(regionId: string): Promise<DataResult<string[]>> {
  const result = await storeCall<{ payment_providers: HttpTypes.StorePaymentProvider[] }>(
    "/store/payment-providers",
    { query: { region_id: regionId } },
  )
  return result.ok ? success(result.data.payment_providers.map((provider) => provider.id)) : result
}

/** The publishable key for Stripe's Payment Element, read when the server runs. */
export function stripePublishableKey(): string | undefined {
  return process.env.NEXT_PUBLIC_STRIPE_KEY || undefined
}

/** The providers a shopper may choose here: Stripe only when this storefront has its key too. */
export function usableProviders(regionProviders: readonly string[]): string[] {
  return regionProviders.filter(
    (id) => id === SYSTEM_PROVIDER || (id === STRIPE_PROVIDER && stripePublishableKey() !== undefined),
  )
}

/**
 * Starts paying with `providerId`: makes the cart's payment collection if it has none, then a
 * session with the provider (Medusa replaces any earlier session, e.g. after a change of mind).
 */
export async function startPaymentSession(cart: Cart, providerId: string): Promise<DataResult<PaymentCollection>> {
  const token = await readCustomerToken()
  let collectionId = cart.payment_collection?.id
  if (!collectionId) {
    const created = await storeCall<{ payment_collection: PaymentCollection }>("/store/payment-collections", {
      method: "POST",
      body: { cart_id: cart.id },
      token,
    })
    if (!created.ok) return created
    collectionId = created.data.payment_collection.id
  }
  const result = await storeCall<{ payment_collection: PaymentCollection }>(
    `/store/payment-collections/${encodeURIComponent(collectionId)}/payment-sessions`,
    { method: "POST", body: { provider_id: providerId }, token },
  )
  return result.ok ? success(result.data.payment_collection) : result
}
