import { listShippingOptions } from "@/lib/data/checkout"
import { formatMoney } from "@/lib/util/money"
import { StepUnavailable, type StepViewProps } from "./checkout-step-view"
import { DeliveryStep } from "./delivery-step"

/** Step 2: the backend's delivery options for this address, priced in the region's currency. */
export async function DeliveryStepView({ cart, market }: StepViewProps) {
  const options = await listShippingOptions(cart.id)
  if (!options.ok) return <StepUnavailable market={market} step="delivery" />
  if (options.data.length === 0) {
    return (
      <p role="status" className="rounded-sm bg-paper px-4 py-3">
        We cannot deliver to this address yet. Please change the address, or write to us and we will find a way.
      </p>
    )
  }
  const choices = options.data.map((option) => {
    const amount = option.calculated_price?.calculated_amount ?? option.amount ?? 0
    return { id: option.id, name: option.name, price: amount === 0 ? "Free" : formatMoney(amount, cart.currency_code, market.locale) }
  })
  const giftMessage = typeof cart.metadata?.gift_message === "string" ? cart.metadata.gift_message : ""
  return (
    <DeliveryStep
      countryCode={market.code}
      options={choices}
      chosenId={cart.shipping_methods?.[0]?.shipping_option_id}
      giftMessage={giftMessage}
    />
  )
}
