import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { type Cart, cartCall } from "./cart"
import { type DataResult, success } from "./result"
import { readCustomerToken } from "./session-cookies"
import { storeCall } from "./store-call"

export type ShippingOption = HttpTypes.StoreCartShippingOption

/** The delivery options the backend offers for this cart's address, cheapest first. */
export async function listShippingOptions(cartId: string): Promise<DataResult<ShippingOption[]>> {
  const result = await storeCall<{ shipping_options: ShippingOption[] }>("/store/shipping-options", {
    query: { cart_id: cartId },
    token: await readCustomerToken(),
  })
  if (!result.ok) return result
  const price = (option: ShippingOption) => option.calculated_price?.calculated_amount ?? option.amount ?? 0
  return success([...result.data.shipping_options].sort((a, b) => price(a) - price(b)))
}

export function chooseShippingOption(cartId: string, optionId: string): Promise<DataResult<Cart>> {
  return cartCall(`/store/carts/${encodeURIComponent(cartId)}/shipping-methods`, {
    method: "POST",
    body: { option_id: optionId },
  })
}

export type Completion =
  | { placed: true; order: HttpTypes.StoreOrder }
  | { placed: false; message: string }

/**
 * Turns the cart into an order. Medusa authorises the payment session first; when that fails
 * it answers with the cart and the reason instead of an order, which is an expected outcome.
 */
export async function completeCart(cartId: string): Promise<DataResult<Completion>> {
  type Answer =
    | { type: "order"; order: HttpTypes.StoreOrder }
    | { type: "cart"; cart: Cart; error?: { message?: string } }
  const result = await storeCall<Answer>(`/store/carts/${encodeURIComponent(cartId)}/complete`, {
    method: "POST",
    token: await readCustomerToken(),
  })
  if (!result.ok) return result
  const answer = result.data
  return success(
    answer.type === "order"
      ? { placed: true, order: answer.order }
      : { placed: false, message: answer.error?.message ?? "The payment was not authorised." },
  )
}
