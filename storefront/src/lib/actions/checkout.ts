"use server"

import { redirect } from "next/navigation"
import { type Cart, retrieveCartInRegion, updateCart } from "@/lib/data/cart"
import { chooseShippingOption, completeCart, listShippingOptions } from "@/lib/data/checkout"
import { listPaymentProviders, startPaymentSession, usableProviders } from "@/lib/data/payment"
import { getMarketRegion } from "@/lib/data/regions"
import { forgetCartId, forgetStripeConfirmation } from "@/lib/data/session-cookies"
import { ADDRESS_FIELD_NAMES, checkAddress } from "@/lib/util/address-form"
import type { CheckoutStep } from "@/lib/util/checkout-steps"
import { giftMessageProblem, tidyGiftMessage } from "@/lib/util/gift-message"
import { type Market, marketByCode } from "@/lib/util/markets"
import { shopperMessage } from "@/lib/util/shopper-messages"
import { type ActionState, failed, field } from "./action-state"

type Context = { market: Market; regionId: string; countries: string[]; cart: Cart }

const NO_CART = "Your cart is empty or has expired. Please add the pieces again."

/**
 * The market, region and open cart a checkout form was sent from, or what to tell the shopper.
 * Forms name their market `market`: `country_code` is the address's country.
 */
async function checkoutContext(form: FormData): Promise<Context | ActionState> {
  const market = marketByCode(field(form, "market"))
  if (!market) return failed(NO_CART)
  const region = await getMarketRegion(market)
  if (!region.ok) return failed(shopperMessage(region.error))
  const cart = await retrieveCartInRegion(region.data.id)
  if (!cart.ok) return failed(shopperMessage(cart.error))
  if (!cart.data?.items?.length) return failed(NO_CART)
  const countries = (region.data.countries ?? []).flatMap((c) => (c.iso_2 ? [c.iso_2.toLowerCase()] : []))
  return { market, regionId: region.data.id, countries, cart: cart.data }
}

const isContext = (value: Context | ActionState): value is Context => "cart" in value

function goToStep(market: Market, step: CheckoutStep): never {
  redirect(`/${market.code}/checkout?step=${step}`)
}

/** Step 1: the email and the delivery address (also used as the billing address). */
export async function saveAddress(_state: ActionState, form: FormData): Promise<ActionState> {
  const values = Object.fromEntries(["email", ...ADDRESS_FIELD_NAMES].map((name) => [name, field(form, name)]))
  const context = await checkoutContext(form)
  if (!isContext(context)) return { ...context, values }
  const check = checkAddress(values, context.countries, { requireEmail: true })
  if (!check.ok) return failed("Please check the highlighted fields.", { fieldErrors: check.errors, values })
  const updated = await updateCart(context.cart.id, {
    email: check.email,
    shipping_address: check.address,
    billing_address: check.address,
  })
  if (!updated.ok) return failed(shopperMessage(updated.error), { values })
  goToStep(context.market, "delivery")
}

/** Step 2: a delivery option from the backend, and the optional gift message. */
export async function saveDelivery(_state: ActionState, form: FormData): Promise<ActionState> {
  const optionId = field(form, "option_id")
  const giftMessage = tidyGiftMessage(String(form.get("gift_message") ?? ""))
  const values = { option_id: optionId, gift_message: giftMessage }
  const context = await checkoutContext(form)
  if (!isContext(context)) return { ...context, values }
  const problem = giftMessageProblem(giftMessage)
  if (problem) return failed(problem, { fieldErrors: { gift_message: problem }, values })
  const options = await listShippingOptions(context.cart.id)
  if (!options.ok) return failed(shopperMessage(options.error), { values })
  if (!options.data.some((option) => option.id === optionId)) {
    const message = "Please choose how your parcel should travel."
    return failed(message, { fieldErrors: { option_id: message }, values })
  }
  const chosen = await chooseShippingOption(context.cart.id, optionId)
  if (!chosen.ok) return failed(shopperMessage(chosen.error), { values })
  // Medusa copies the cart's metadata onto the order; an empty value takes the key away.
  const noted = await updateCart(context.cart.id, { metadata: { gift_message: giftMessage } })
  if (!noted.ok) return failed(shopperMessage(noted.error), { values })
  goToStep(context.market, "payment")
}

/** Step 3: how to pay. Stripe's card details are collected by its own element after this. */
export async function savePaymentMethod(_state: ActionState, form: FormData): Promise<ActionState> {
  const providerId = field(form, "provider_id")
  const context = await checkoutContext(form)
  if (!isContext(context)) return context
  const providers = await listPaymentProviders(context.regionId)
  if (!providers.ok) return failed(shopperMessage(providers.error))
  if (!usableProviders(providers.data).includes(providerId)) {
    const message = "Please choose a way to pay."
    return failed(message, { fieldErrors: { provider_id: message } })
  }
  const session = await startPaymentSession(context.cart, providerId)
  if (!session.ok) return failed(shopperMessage(session.error))
  // A card still needs its details, entered on this step; other methods are ready for review.
  const needsCard = session.data.payment_sessions?.some(
    (payment) => payment.provider_id === providerId && typeof payment.data?.client_secret === "string",
  )
  goToStep(context.market, needsCard ? "payment" : "review")
}

/** Step 4: places the order and takes the shopper to its confirmation. */
export async function placeOrder(_state: ActionState, form: FormData): Promise<ActionState> {
  const context = await checkoutContext(form)
  if (!isContext(context)) return context
  const completion = await completeCart(context.cart.id)
  if (!completion.ok) return failed(shopperMessage(completion.error))
  if (!completion.data.placed) {
    return failed(`Your payment did not go through (${completion.data.message}). Nothing was charged; please try again.`)
  }
  await forgetCartId()
  await forgetStripeConfirmation()
  redirect(`/${context.market.code}/order/${completion.data.order.id}/confirmed`)
}
