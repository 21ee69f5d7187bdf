import type { Metadata } from "next"
import { notFound, redirect } from "next/navigation"
import { AccountNav } from "@/components/account/account-nav"
import { OrderHistory } from "@/components/account/order-history"
import { BackendUnavailable } from "@/components/common/backend-unavailable"
import { retrieveCustomer } from "@/lib/data/customer"
import { listCustomerOrders } from "@/lib/data/orders"
import { marketByCode } from "@/lib/util/markets"

export const metadata: Metadata = { title: "Your account", robots: { index: false } }

type AccountPageProps = { params: Promise<{ countryCode: string }> }

export default async function AccountPage({ params }: AccountPageProps) {
  const { countryCode } = await params
  const market = marketByCode(countryCode)
  if (!market) notFound()
  const page = "mx-auto max-w-4xl px-4 py-10 sm:px-6 lg:px-8"

  const customer = await retrieveCustomer()
  if (customer.ok && !customer.data) redirect(`/${market.code}/account/sign-in`)
  const orders = customer.ok ? await listCustomerOrders() : customer
  if (!customer.ok || !customer.data || !orders.ok) {
    return (
      <div className={page}>
        <h1 className="font-display text-4xl font-medium tracking-tight">Your account</h1>
        <div className="mt-8">
          <BackendUnavailable retryHref={`/${market.code}/account`} />
        </div>
      </div>
    )
  }

  return (
    <div className={`${page} space-y-8`}>
      <header>
        <h1 className="font-display text-4xl font-medium tracking-tight">Your account</h1>
        <p className="mt-2 text-ink-muted">
          Signed in as {customer.data.first_name} {customer.data.last_name} ({customer.data.email})
        </p>
      </header>
      <AccountNav countryCode={market.code} current="overview" />
      <section aria-labelledby="orders" className="space-y-4">
        <h2 id="orders" className="font-display text-2xl">
          Orders
        </h2>
        <OrderHistory orders={orders.data.orders} countryCode={market.code} locale={market.locale} />
      </section>
    </div>
  )
}
