import { StaticImage } from "@/components/common/static-image"
import type { Order } from "@/lib/data/orders"
import { formatMoney } from "@/lib/util/money"

/** The pieces of an order with their quantities and line totals. */
export function OrderItems({ order, locale }: { order: Order; locale: string }) {
  return (
    <ul className="divide-y divide-thread border-y border-thread">
      {(order.items ?? []).map((item) => (
        <li key={item.id} className="flex gap-4 py-4">
          <div className="relative h-20 w-16 shrink-0 overflow-hidden rounded-sm bg-paper">
            {item.thumbnail && <StaticImage src={item.thumbnail} alt="" fill sizes="64px" className="object-cover" />}
          </div>
          <div className="flex flex-1 justify-between gap-4 text-sm">
            <div>
              <p className="font-medium">{item.product_title ?? item.title}</p>
              {item.variant_title && <p className="text-ink-muted">{item.variant_title}</p>}
              <p className="text-ink-muted">Quantity {item.quantity}</p>
            </div>
            {typeof item.subtotal === "number" && <p>{formatMoney(item.subtotal, order.currency_code, locale)}</p>}
          </div>
        </li>
      ))}
    </ul>
  )
}
