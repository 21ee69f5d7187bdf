import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { type DataResult, success } from "./result"
import { readCartId, readCustomerToken } from "./session-cookies"
import { storeCall } from "./store-call"

export type Cart = HttpTypes.StoreCart

/** Medusa's default cart plus each line's totals, the payment sessions and the delivery names. */
const CART_FIELDS = [
  "+items.subtotal",
  "+items.total",
  "+shipping_methods.name",
  "+completed_at",
  "*payment_collection",
  "*payment_collection.payment_sessions",
].join(",")

type CartResponse = { cart: Cart }

/** A call on a cart, made as the signed-in customer when there is one (their cart is theirs alone). */
export async function cartCall(
  path: `/store/${string}`,
  options: { method?: "GET" | "POST" | "DELETE"; body?: Record<string, unknown> } = {},
): Promise<DataResult<Cart>> {
  const token = await readCustomerToken()
  const result = await storeCall<CartResponse>(path, { ...options, query: { fields: CART_FIELDS }, token })
  return result.ok ? success(result.data.cart) : result
}

/**
 * The shopper's open cart, read fresh on every request; `null` when they have none yet, when
 * the cookie points at a cart the backend no longer knows, or at one already turned into an order.
 */
export async function retrieveCart(): Promise<DataResult<Cart | null>> {
  const cartId = await readCartId()
  if (!cartId) return success(null)
  const result = await cartCall(`/store/carts/${encodeURIComponent(cartId)}`)
  if (!result.ok) return result.error.status === 404 ? success(null) : result
  return success(result.data.completed_at ? null : result.data)
}

export function createCart(regionId: string, email?: string): Promise<DataResult<Cart>> {
  return cartCall("/store/carts", { method: "POST", body: { region_id: regionId, ...(email ? { email } : {}) } })
}

/** Changes the cart's own fields: region, email, addresses, metadata such as the gift message. */
export function updateCart(cartId: string, body: Record<string, unknown>): Promise<DataResult<Cart>> {
  return cartCall(`/store/carts/${encodeURIComponent(cartId)}`, { method: "POST", body })
}

export function addLineItem(cartId: string, variantId: string, quantity: number): Promise<DataResult<Cart>> {
  return cartCall(`/store/carts/${encodeURIComponent(cartId)}/line-items`, {
    method: "POST",
    body: { variant_id: variantId, quantity },
  })
}

export function updateLineItem(cartId: string, lineId: string, quantity: number): Promise<DataResult<Cart>> {
  return cartCall(`/store/carts/${encodeURIComponent(cartId)}/line-items/${encodeURIComponent(lineId)}`, {
    method: "POST",
    body: { quantity },
  })
}

export async function deleteLineItem(cartId: string, lineId: string): Promise<DataResult<Cart>> {
  const token = await readCustomerToken()
  const path = `/store/carts/${encodeURIComponent(cartId)}/line-items/${encodeURIComponent(lineId)}` as const
  // Medusa answers a deletion with the cart under `parent`.
  const result = await storeCall<{ parent: Cart }>(path, { method: "DELETE", query: { fields: CART_FIELDS }, token })
  return result.ok ? success(result.data.parent) : result
}

export function applyPromotion(cartId: string, code: string): Promise<DataResult<Cart>> {
  return cartCall(`/store/carts/${encodeURIComponent(cartId)}/promotions`, {
    method: "POST",
    body: { promo_codes: [code] },
  })
}

export function removePromotion(cartId: string, code: string): Promise<DataResult<Cart>> {
  return cartCall(`/store/carts/${encodeURIComponent(cartId)}/promotions`, {
    method: "DELETE",
    body: { promo_codes: [code] },
  })
}

/**
 * The open cart, priced in `regionId`: a shopper who switches market keeps their cart, and
 * Medusa reprices it (and drops an address or delivery the new region cannot serve).
 */
export async function retrieveCartInRegion(regionId: string): Promise<DataResult<Cart | null>> {
  const cart = await retrieveCart()
  if (!cart.ok || !cart.data || cart.data.region_id === regionId) return cart
  return updateCart(cart.data.id, { region_id: regionId })
}
