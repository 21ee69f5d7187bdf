import Link from "next/link"
import { listPaymentProviders, STRIPE_PROVIDER, stripePublishableKey, usableProviders } from "@/lib/data/payment"
import { paymentMethods } from "@/lib/util/payment-methods"
import { StepUnavailable, type StepViewProps } from "./checkout-step-view"
import { PaymentMethodForm } from "./payment-method-form"
import { livePaymentSession, stripeSessionOf } from "./payment-session"
import { StripeCardForm } from "./stripe-card-form"

/** Step 3: the way to pay, and for a card Stripe's Payment Element. */
export async function PaymentStepView({ cart, market, region, choosingPayment, paymentDeclined }: StepViewProps) {
  const providers = await listPaymentProviders(region.id)
  if (!providers.ok) return <StepUnavailable market={market} step="payment" />
  const session = livePaymentSession(cart)
  const stripe = stripeSessionOf(session, stripePublishableKey())
  const declined = paymentDeclined && (
    <p role="alert" className="rounded-sm border-l-4 border-madder bg-paper px-4 py-3 text-sm text-madder">
      Your bank did not approve the payment, and nothing was charged. Please try again or choose another way to pay.
    </p>
  )

  if (stripe && !choosingPayment) {
    return (
      <div className="space-y-6">
        {declined}
        <StripeCardForm session={stripe} countryCode={market.code} />
        <Link href={`/${market.code}/checkout?step=payment&choose=1`} className="inline-block text-sm text-madder underline underline-offset-2">
          Choose another way to pay
        </Link>
      </div>
    )
  }
  return (
    <div className="space-y-6">
      {declined}
      <PaymentMethodForm
        countryCode={market.code}
        methods={paymentMethods(usableProviders(providers.data))}
        chosenId={session?.provider_id === STRIPE_PROVIDER && !stripe ? undefined : session?.provider_id}
      />
    </div>
  )
}
