import Link from "next/link"
import { stripePublishableKey } from "@/lib/data/payment"
import { readStripeConfirmation } from "@/lib/data/session-cookies"
import { paymentMethodLabel } from "@/lib/util/payment-methods"
import type { StepViewProps } from "./checkout-step-view"
import { livePaymentSession, stripeSessionOf } from "./payment-session"
import { PlaceOrderForm } from "./place-order-form"
import { ReviewStep } from "./review-step"
import { StripePlaceOrder } from "./stripe-place-order"

/** Step 4: the whole order once more, and the button that places it. */
export async function ReviewStepView({ cart, market }: StepViewProps) {
  const session = livePaymentSession(cart)
  const stripe = stripeSessionOf(session, stripePublishableKey())
  const confirmationToken = stripe ? await readStripeConfirmation() : undefined

  let action: React.ReactNode = <PlaceOrderForm countryCode={market.code} />
  if (stripe && confirmationToken) {
    action = <StripePlaceOrder countryCode={market.code} session={stripe} confirmationToken={confirmationToken} />
  } else if (stripe) {
    action = (
      <p className="rounded-sm bg-paper px-4 py-3 text-sm">
        Your card details are needed before the order can be placed.{" "}
        <Link href={`/${market.code}/checkout?step=payment`} className="font-semibold text-madder underline underline-offset-2">
          Enter card details
        </Link>
      </p>
    )
  }
  return (
    <ReviewStep cart={cart} countryCode={market.code} paymentLabel={paymentMethodLabel(session?.provider_id)}>
      {action}
    </ReviewStep>
  )
}
