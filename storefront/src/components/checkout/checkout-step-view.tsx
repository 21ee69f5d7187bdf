import type { HttpTypes } from "@medusajs/types"
import { BackendUnavailable } from "@/components/common/backend-unavailable"
import type { Cart } from "@/lib/data/cart"
import { STEP_TITLES, type CheckoutStep } from "@/lib/util/checkout-steps"
import type { Market } from "@/lib/util/markets"
import { AddressStepView } from "./address-step-view"
import { DeliveryStepView } from "./delivery-step-view"
import { PaymentStepView } from "./payment-step-view"
import { ReviewStepView } from "./review-step-view"
import { StepHeading } from "./step-heading"

export type StepViewProps = {
  cart: Cart
  market: Market
  region: HttpTypes.StoreRegion
  choosingPayment: boolean
  paymentDeclined: boolean
}

/** The form of the step on screen, under a heading that takes focus when the step changes. */
export function CheckoutStepView({ step, ...props }: StepViewProps & { step: CheckoutStep }) {
  const views: Record<CheckoutStep, (props: StepViewProps) => Promise<React.ReactNode>> = {
    address: AddressStepView,
    delivery: DeliveryStepView,
    payment: PaymentStepView,
    review: ReviewStepView,
  }
  const View = views[step]
  return (
    <div className="space-y-6">
      <StepHeading key={step}>{STEP_TITLES[step]}</StepHeading>
      <View {...props} />
    </div>
  )
}

export function StepUnavailable({ market, step }: { market: Market; step: CheckoutStep }) {
  return <BackendUnavailable retryHref={`/${market.code}/checkout?step=${step}`} />
}
