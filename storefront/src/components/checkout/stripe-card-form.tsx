"use client"

import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
import { loadStripe, type Stripe } from "@stripe/stripe-js"
import { useMemo, useState, useTransition } from "react"
import { keepStripeConfirmation } from "@/lib/actions/stripe"

export type StripeSession = { publishableKey: string; clientSecret: string }

const stripes = new Map<string, Promise<Stripe | null>>()

/** One Stripe.js per key for the page's life, as Stripe asks. */
export function stripeFor(publishableKey: string): Promise<Stripe | null> {
  let stripe = stripes.get(publishableKey)
  if (!stripe) {
    stripe = loadStripe(publishableKey)
    stripes.set(publishableKey, stripe)
  }
  return stripe
}

function CardDetails({ countryCode }: { countryCode: string }) {
  const stripe = useStripe()
  const elements = useElements()
  const [error, setError] = useState<string>()
  const [pending, startTransition] = useTransition()

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    if (!stripe || !elements) return
    startTransition(async () => {
      const checked = await elements.submit()
      if (checked.error) return setError(checked.error.message)
      // The card becomes a single-use token now; it is charged only when the order is placed.
      const { error: tokenError, confirmationToken } = await stripe.createConfirmationToken({ elements })
      if (tokenError || !confirmationToken) return setError(tokenError?.message ?? "Your card details were not accepted.")
      const result = await keepStripeConfirmation(countryCode, confirmationToken.id)
      if (result?.message) setError(result.message)
    })
  }

  return (
    <form onSubmit={submit} className="space-y-6">
      <PaymentElement options={{ layout: "tabs" }} />
      <p aria-live="assertive" className="text-sm text-madder empty:hidden">
        {error}
      </p>
      <button
        type="submit"
        disabled={!stripe || pending}
        className="w-full rounded-sm bg-madder px-6 py-3 font-semibold text-cloth hover:bg-madder-deep disabled:opacity-70 sm:w-auto"
      >
        {pending ? "Checking your card…" : "Continue to review"}
      </button>
    </form>
  )
}

/** Stripe's Payment Element for the cart's Stripe session. */
export function StripeCardForm({ session, countryCode }: { session: StripeSession; countryCode: string }) {
  const stripe = useMemo(() => stripeFor(session.publishableKey), [session.publishableKey])
  return (
    <Elements stripe={stripe} options={{ clientSecret: session.clientSecret }}>
      <CardDetails countryCode={countryCode} />
    </Elements>
  )
}
