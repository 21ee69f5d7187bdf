import Link from "next/link"
import type { ReactNode } from "react"
import type { Cart } from "@/lib/data/cart"
import { AddressBlock } from "./address-block"

type ReviewStepProps = {
  cart: Cart
  countryCode: string
  paymentLabel: string
  /** The button that places the order, which depends on the payment method. */
  children: ReactNode
}

function Detail({ title, step, countryCode, children }: { title: string; step: string; countryCode: string; children: ReactNode }) {
  return (
    <div className="flex justify-between gap-6 border-b border-thread py-4">
      <div>
        <h3 className="text-sm font-semibold">{title}</h3>
        <div className="mt-1 text-sm">{children}</div>
      </div>
      <Link href={`/${countryCode}/checkout?step=${step}`} className="self-start text-sm text-madder underline underline-offset-2">
        Change<span className="sr-only"> {title.toLowerCase()}</span>
      </Link>
    </div>
  )
}

/** Everything the order will be placed with, each part with a way back to change it. */
export function ReviewStep({ cart, countryCode, paymentLabel, children }: ReviewStepProps) {
  const giftMessage = typeof cart.metadata?.gift_message === "string" ? cart.metadata.gift_message : ""
  return (
    <div className="space-y-6">
      <div>
        <Detail title="Contact" step="address" countryCode={countryCode}>
          {cart.email}
        </Detail>
        <Detail title="Delivery address" step="address" countryCode={countryCode}>
          {cart.shipping_address && <AddressBlock address={cart.shipping_address} />}
        </Detail>
        <Detail title="Delivery" step="delivery" countryCode={countryCode}>
          {cart.shipping_methods?.map((method) => method.name).join(", ")}
        </Detail>
        <Detail title="Gift message" step="delivery" countryCode={countryCode}>
          {giftMessage ? <p className="whitespace-pre-line">{giftMessage}</p> : <p className="text-ink-muted">None</p>}
        </Detail>
        <Detail title="Payment" step="payment" countryCode={countryCode}>
          {paymentLabel}
        </Detail>
      </div>
      {children}
    </div>
  )
}
