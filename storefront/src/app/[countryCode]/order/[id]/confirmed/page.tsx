import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { BackendUnavailable } from "@/components/common/backend-unavailable"
import { OrderMakers } from "@/components/order/order-makers"
import { OrderOverview } from "@/components/order/order-overview"
import { orderGiftMessage, retrieveOrder } from "@/lib/data/orders"
import { marketByCode } from "@/lib/util/markets"

export const metadata: Metadata = { title: "Thank you for your order", robots: { index: false } }

type ConfirmedPageProps = { params: Promise<{ countryCode: string; id: string }> }

export default async function OrderConfirmedPage({ params }: ConfirmedPageProps) {
  const { countryCode, id } = await params
  const market = marketByCode(countryCode)
  if (!market) notFound()
  const page = "mx-auto max-w-4xl px-4 py-10 sm:px-6 lg:px-8"

  const order = await retrieveOrder(id)
  if (!order.ok) {
    return (
      <div className={page}>
        <BackendUnavailable retryHref={`/${market.code}/order/${encodeURIComponent(id)}/confirmed`} />
      </div>
    )
  }
  if (!order.data) notFound()
  const giftMessage = await orderGiftMessage(order.data)

  return (
    <div className={`${page} space-y-10`}>
      <header>
        <p className="text-xs font-semibold uppercase tracking-[0.2em] text-madder">Order placed</p>
        <h1 className="mt-2 font-display text-4xl font-medium tracking-tight">Thank you for your order</h1>
        <p className="mt-4 text-lg">
          Your order number is{" "}
          <strong data-testid="order-number" className="font-semibold">
            #{order.data.display_id}
          </strong>
          . Keep it for any question about your order.
        </p>
      </header>
      <OrderMakers order={order.data} countryCode={market.code} locale={market.locale} />
      <OrderOverview order={order.data} locale={market.locale} giftMessage={giftMessage} />
      <Link href={`/${market.code}`} className="inline-block font-semibold text-madder underline underline-offset-4">
        Continue shopping
      </Link>
    </div>
  )
}
