import type { Cart } from "@/lib/data/cart"
import { STRIPE_PROVIDER } from "@/lib/data/payment"
import type { StripeSession } from "./stripe-card-form"

const LIVE = new Set(["pending", "requires_more", "authorized"])

type PaymentSession = NonNullable<NonNullable<Cart["payment_collection"]>["payment_sessions"]>[number]

/** The cart's usable payment session, if it has one. */
export function livePaymentSession(cart: Cart): PaymentSession | undefined {
  return cart.payment_collection?.payment_sessions?.find((session) => LIVE.has(session.status))
}

/** What Stripe's element needs from a Stripe session, when this storefront has Stripe's key. */
export function stripeSessionOf(session: PaymentSession | undefined, publishableKey: string | undefined): StripeSession | null {
  const clientSecret = session?.data?.client_secret
  if (session?.provider_id !== STRIPE_PROVIDER || !publishableKey || typeof clientSecret !== "string") return null
  return { publishableKey, clientSecret }
}
