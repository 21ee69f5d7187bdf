import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { type DataResult, success } from "./result"
import { readCustomerToken } from "./session-cookies"
import { storeCall } from "./store-call"

export type Order = HttpTypes.StoreOrder

// The default order plus its line totals and the cart it came from (where the gift message is).
const ORDER_FIELDS = "+items.subtotal,+items.total,+customer_id,+cart.id"

/**
 * One order by id, read fresh. Medusa's store API treats the unguessable id as the key to the
 * order (it is what the confirmation link carries); account pages also check whose it is.
 */
export async function retrieveOrder(orderId: string): Promise<DataResult<Order | null>> {
  const result = await storeCall<{ order: Order }>(`/store/orders/${encodeURIComponent(orderId)}`, {
    query: { fields: ORDER_FIELDS },
    token: await readCustomerToken(),
  })
  if (!result.ok) return result.error.status === 404 ? success(null) : result
  return success(result.data.order)
}

/**
 * The order's gift message. The store API does not return an order's metadata, so it is read
 * from the cart the order was made from, whose metadata Medusa copied onto the order.
 */
export async function orderGiftMessage(order: Order & { cart?: { id?: string } | null }): Promise<string> {
  const cartId = order.cart?.id
  if (!cartId) return ""
  const result = await storeCall<{ cart: { metadata?: Record<string, unknown> | null } }>(
    `/store/carts/${encodeURIComponent(cartId)}`,
    { query: { fields: "id,metadata" }, token: await readCustomerToken() },
  )
  const message = result.ok ? result.data.cart.metadata?.gift_message : undefined
  return typeof message === "string" ? message : ""
}

export type OrderPage = { orders: Order[]; count: number }

/** The signed-in customer's orders, newest first. */
export async function listCustomerOrders(limit = 20, offset = 0): Promise<DataResult<OrderPage>> {
  const result = await storeCall<{ orders: Order[]; count: number }>("/store/orders", {
    query: { fields: "id,display_id,created_at,total,currency_code,status,*items", order: "-created_at", limit, offset },
    token: await readCustomerToken(),
  })
  return result.ok ? success({ orders: result.data.orders, count: result.data.count }) : result
}
