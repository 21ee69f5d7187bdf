"use client"

import { useActionState, useState, useTransition } from "react"
import { IDLE } from "@/lib/actions/action-state"
import { placeOrder } from "@/lib/actions/checkout"
import { FormMessage } from "./form-message"
import { stripeFor, type StripeSession } from "./stripe-card-form"

type StripePlaceOrderProps = { countryCode: string; session: StripeSession; confirmationToken: string }

/**
 * Charges the card with the token made on the payment step, then places the order. A bank that
 * wants the shopper to approve the payment elsewhere sends them to the return page instead.
 */
export function StripePlaceOrder({ countryCode, session, confirmationToken }: StripePlaceOrderProps) {
  const [state, action] = useActionState(placeOrder, IDLE)
  const [error, setError] = useState<string>()
  const [pending, startTransition] = useTransition()

  const pay = () =>
    startTransition(async () => {
      setError(undefined)
      const stripe = await stripeFor(session.publishableKey)
      if (!stripe) return setError("The card service could not be loaded. Please try again.")
      const { error: payError } = await stripe.confirmPayment({
        clientSecret: session.clientSecret,
        confirmParams: {
          confirmation_token: confirmationToken,
          return_url: `${window.location.origin}/${countryCode}/checkout/payment-return`,
        },
        redirect: "if_required",
      })
      if (payError) return setError(payError.message ?? "Your card was declined. Nothing was charged.")
      const form = new FormData()
      form.set("market", countryCode)
      action(form)
    })

  return (
    <div className="space-y-4">
      <FormMessage state={error ? { status: "error", message: error } : state} />
      <button
        type="button"
        onClick={pay}
        disabled={pending}
        className="w-full rounded-sm bg-madder px-6 py-3.5 text-lg font-semibold text-cloth hover:bg-madder-deep disabled:opacity-70"
      >
        {pending ? "Placing your order…" : "Place order"}
      </button>
    </div>
  )
}
