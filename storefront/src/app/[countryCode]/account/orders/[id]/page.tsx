import type { Metadata } from "next"
import Link from "next/link"
import { notFound, redirect } from "next/navigation"
import { BackendUnavailable } from "@/components/common/backend-unavailable"
import { OrderMakers } from "@/components/order/order-makers"
import { OrderOverview } from "@/components/order/order-overview"
import { retrieveCustomer } from "@/lib/data/customer"
import { orderGiftMessage, retrieveOrder } from "@/lib/data/orders"
import { marketByCode } from "@/lib/util/markets"

export const metadata: Metadata = { title: "Order", robots: { index: false } }

type AccountOrderPageProps = { params: Promise<{ countryCode: string; id: string }> }

export default async function AccountOrderPage({ params }: AccountOrderPageProps) {
  const { countryCode, id } = await params
  const market = marketByCode(countryCode)
  if (!market) notFound()
  const page = "mx-auto max-w-4xl px-4 py-10 sm:px-6 lg:px-8"

  const customer = await retrieveCustomer()
  if (customer.ok && !customer.data) redirect(`/${market.code}/account/sign-in`)
  const order = await retrieveOrder(id)
  if (!customer.ok || !customer.data || !order.ok) {
    return (
      <div className={page}>
        <BackendUnavailable retryHref={`/${market.code}/account/orders/${encodeURIComponent(id)}`} />
      </div>
    )
  }
  // The account shows only the customer's own orders, whatever id is typed into the address bar.
  if (!order.data || order.data.customer_id !== customer.data.id) notFound()
  const giftMessage = await orderGiftMessage(order.data)

  return (
    <div className={`${page} space-y-10`}>
      <header>
        <Link href={`/${market.code}/account`} className="text-sm text-madder underline underline-offset-4">
          All orders
        </Link>
        <h1 className="mt-4 font-display text-4xl font-medium tracking-tight">Order #{order.data.display_id}</h1>
      </header>
      <OrderMakers order={order.data} countryCode={market.code} locale={market.locale} />
      <OrderOverview order={order.data} locale={market.locale} giftMessage={giftMessage} />
    </div>
  )
}
