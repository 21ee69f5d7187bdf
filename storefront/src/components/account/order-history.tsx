import Link from "next/link"
import type { Order } from "@/lib/data/orders"
import { formatMoney } from "@/lib/util/money"
import { pieceCount } from "@/lib/util/cart-summary"

type OrderHistoryProps = { orders: Order[]; countryCode: string; locale: string }

const dates = new Map<string, Intl.DateTimeFormat>()

function formatDate(value: string | Date, locale: string): string {
  let format = dates.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric" })
    dates.set(locale, format)
  }
  return format.format(new Date(value))
}

/** The customer's orders, newest first, each linking to its details. */
export function OrderHistory({ orders, countryCode, locale }: OrderHistoryProps) {
  if (orders.length === 0) {
    return <p className="text-ink-muted">You have not placed an order yet.</p>
  }
  return (
    <ul className="divide-y divide-thread border-y border-thread">
      {orders.map((order) => {
        const pieces = pieceCount(order.items)
        return (
          <li key={order.id} className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1 py-4">
            <Link
              href={`/${countryCode}/account/orders/${order.id}`}
              className="font-semibold text-madder underline underline-offset-4"
            >
              Order #{order.display_id}
            </Link>
            <span className="text-sm text-ink-muted">{formatDate(order.created_at, locale)}</span>
            <span className="text-sm">{pieces === 1 ? "1 piece" : `${pieces} pieces`}</span>
            <span className="font-medium">{formatMoney(order.total, order.currency_code, locale)}</span>
          </li>
        )
      })}
    </ul>
  )
}
