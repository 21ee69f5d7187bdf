"use server"

import { refresh } from "next/cache"
import {
  addLineItem,
  applyPromotion,
  createCart,
  deleteLineItem,
  removePromotion,
  retrieveCart,
  retrieveCartInRegion,
  updateLineItem,
} from "@/lib/data/cart"
import { getMarketRegion } from "@/lib/data/regions"
import { rememberCartId } from "@/lib/data/session-cookies"
import { marketByCode } from "@/lib/util/markets"
import { shopperMessage } from "@/lib/util/shopper-messages"
import { type ActionState, done, failed, field } from "./action-state"

const MAX_QUANTITY = 20
const NO_CART = "Your cart has expired. Please add the piece again."

/** The open cart's id, or what to tell the shopper when there is none to change. */
async function openCartId(): Promise<{ cartId: string } | ActionState> {
  const cart = await retrieveCart()
  if (!cart.ok) return failed(shopperMessage(cart.error))
  return cart.data ? { cartId: cart.data.id } : failed(NO_CART)
}

function parseQuantity(raw: string): number | null {
  const quantity = Number(raw)
  return Number.isInteger(quantity) && quantity >= 0 && quantity <= MAX_QUANTITY ? quantity : null
}

/** Adds a piece, creating the cart on the first add, in the region of the market being browsed. */
export async function addToCart(_state: ActionState, form: FormData): Promise<ActionState> {
  const market = marketByCode(field(form, "market"))
  const variantId = field(form, "variant_id")
  if (!market || !variantId) return failed("Please choose a colour and size first.")
  const region = await getMarketRegion(market)
  if (!region.ok) return failed(shopperMessage(region.error))

  const current = await retrieveCartInRegion(region.data.id)
  if (!current.ok) return failed(shopperMessage(current.error))
  let cartId = current.data?.id
  if (!cartId) {
    const created = await createCart(region.data.id)
    if (!created.ok) return failed(shopperMessage(created.error))
    cartId = created.data.id
    await rememberCartId(cartId)
  }
  const added = await addLineItem(cartId, variantId, 1)
  if (!added.ok) return failed(shopperMessage(added.error))
  refresh()
  return done("Added to your cart.")
}

/** Sets a line's quantity; zero removes the line. */
export async function changeQuantity(_state: ActionState, form: FormData): Promise<ActionState> {
  const quantity = parseQuantity(field(form, "quantity"))
  const lineId = field(form, "line_id")
  if (quantity === null || !lineId) return failed(`Please choose a quantity from 1 to ${MAX_QUANTITY}.`)
  const open = await openCartId()
  if (!("cartId" in open)) return open
  const result =
    quantity === 0 ? await deleteLineItem(open.cartId, lineId) : await updateLineItem(open.cartId, lineId, quantity)
  if (!result.ok) return failed(shopperMessage(result.error))
  refresh()
  return done(quantity === 0 ? "Removed from your cart." : `Quantity changed to ${quantity}.`)
}

export async function removeLine(_state: ActionState, form: FormData): Promise<ActionState> {
  const lineId = field(form, "line_id")
  const open = await openCartId()
  if (!("cartId" in open)) return open
  if (!lineId) return failed(NO_CART)
  const result = await deleteLineItem(open.cartId, lineId)
  if (!result.ok) return failed(shopperMessage(result.error))
  refresh()
  return done("Removed from your cart.")
}

export async function addPromotionCode(_state: ActionState, form: FormData): Promise<ActionState> {
  const typed = field(form, "code")
  const values = { code: typed }
  if (!typed) return failed("Please type a promotion code.", { values })
  const open = await openCartId()
  if (!("cartId" in open)) return { ...open, values }
  // Codes are matched exactly and ours are printed in capitals: "welcome10" means WELCOME10.
  let code = typed
  let result = await applyPromotion(open.cartId, code)
  if (!result.ok && result.error.status === 400 && typed !== typed.toUpperCase()) {
    code = typed.toUpperCase()
    result = await applyPromotion(open.cartId, code)
  }
  if (!result.ok) return failed(shopperMessage(result.error, typed), { values })
  // Medusa accepts a known code that does not apply to this cart without applying it.
  if (!result.data.promotions?.some((promotion) => promotion.code === code)) {
    return failed(`"${typed}" does not apply to the pieces in your cart.`, { values })
  }
  refresh()
  return done(`Code ${code} applied.`)
}

export async function removePromotionCode(_state: ActionState, form: FormData): Promise<ActionState> {
  const code = field(form, "code")
  const open = await openCartId()
  if (!("cartId" in open)) return open
  if (!code) return failed(NO_CART)
  const result = await removePromotion(open.cartId, code)
  if (!result.ok) return failed(shopperMessage(result.error))
  refresh()
  return done(`Code ${code} removed.`)
}
