import "server-only"
import { cookies } from "next/headers"

/** A value kept for the shopper in an httpOnly cookie: no script on the page can read it. */
function cookieSlot(name: string, maxAgeSeconds: number) {
  return {
    async read(): Promise<string | undefined> {
      return (await cookies()).get(name)?.value || undefined
    },
    /** Only a server action or route handler may write: pages cannot set cookies. */
    async remember(value: string): Promise<void> {
      ;(await cookies()).set(name, value, {
        httpOnly: true,
        sameSite: "lax",
        secure: process.env.NODE_ENV === "production",
        path: "/",
        maxAge: maxAgeSeconds,
      })
    },
    async forget(): Promise<void> {
      ;(await cookies()).delete(name)
    },
  }
}

const cart = cookieSlot("mukti_cart", 60 * 60 * 24 * 30)
// Medusa's customer tokens last a day unless the backend is configured otherwise.
const customer = cookieSlot("mukti_customer", 60 * 60 * 24)
// The card details Stripe's Payment Element turned into a single-use token on the payment
// step, kept until the order is placed on the review step.
const stripeConfirmation = cookieSlot("mukti_stripe_confirmation", 60 * 30)

export const readCartId = cart.read
export const rememberCartId = cart.remember
export const forgetCartId = cart.forget
export const readCustomerToken = customer.read
export const rememberCustomerToken = customer.remember
export const forgetCustomerToken = customer.forget
export const readStripeConfirmation = stripeConfirmation.read
export const rememberStripeConfirmation = stripeConfirmation.remember
export const forgetStripeConfirmation = stripeConfirmation.forget
