import { AddressBlock } from "@/components/checkout/address-block"
import { TotalsSummary } from "@/components/cart/totals-summary"
import type { Order } from "@/lib/data/orders"
import { OrderItems } from "./order-items"

type OrderOverviewProps = { order: Order; locale: string; giftMessage: string }

/** An order's pieces, totals, delivery and gift message, as placed. */
export function OrderOverview({ order, locale, giftMessage }: OrderOverviewProps) {
  return (
    <div className="space-y-8">
      <section aria-labelledby="order-items">
        <h2 id="order-items" className="font-display text-2xl">
          Your pieces
        </h2>
        <div className="mt-4">
          <OrderItems order={order} locale={locale} />
        </div>
        <div className="mt-4 sm:ml-auto sm:max-w-sm">
          <TotalsSummary totals={order} locale={locale} deliveryChosen addressKnown />
        </div>
      </section>
      <div className="grid gap-6 sm:grid-cols-2">
        <section aria-labelledby="order-delivery">
          <h2 id="order-delivery" className="text-sm font-semibold">
            Delivery
          </h2>
          <div className="mt-2 text-sm">
            {order.shipping_address && <AddressBlock address={order.shipping_address} />}
            <p className="mt-2 text-ink-muted">{order.shipping_methods?.map((method) => method.name).join(", ")}</p>
          </div>
        </section>
        {giftMessage && (
          <section aria-labelledby="order-gift">
            <h2 id="order-gift" className="text-sm font-semibold">
              Gift message
            </h2>
            <p className="mt-2 whitespace-pre-line text-sm">{giftMessage}</p>
          </section>
        )}
      </div>
    </div>
  )
}
