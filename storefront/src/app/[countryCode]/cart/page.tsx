import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { CartLine } from "@/components/cart/cart-line"
import { EmptyCart } from "@/components/cart/empty-cart"
import { PromotionForm } from "@/components/cart/promotion-form"
import { TotalsSummary } from "@/components/cart/totals-summary"
import { BackendUnavailable } from "@/components/common/backend-unavailable"
import { retrieveCartInRegion } from "@/lib/data/cart"
import { getMarketRegion } from "@/lib/data/regions"
import { marketByCode } from "@/lib/util/markets"

export const metadata: Metadata = { title: "Your cart", robots: { index: false } }

type CartPageProps = { params: Promise<{ countryCode: string }> }

export default async function CartPage({ params }: CartPageProps) {
  const { countryCode } = await params
  const market = marketByCode(countryCode)
  if (!market) notFound()

  const region = await getMarketRegion(market)
  const cart = region.ok ? await retrieveCartInRegion(region.data.id) : region
  const heading = <h1 className="font-display text-4xl font-medium tracking-tight">Your cart</h1>
  const page = "mx-auto max-w-5xl px-4 py-10 sm:px-6 lg:px-8"

  if (!cart.ok) {
    return (
      <div className={page}>
        {heading}
        <div className="mt-8">
          <BackendUnavailable retryHref={`/${market.code}/cart`} />
        </div>
      </div>
    )
  }
  const items = [...(cart.data?.items ?? [])].sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)))
  if (!cart.data || items.length === 0) {
    return (
      <div className={page}>
        {heading}
        <EmptyCart countryCode={market.code} />
      </div>
    )
  }

  const current = cart.data
  const codes = (current.promotions ?? []).flatMap((promotion) => (promotion.code ? [promotion.code] : []))
  return (
    <div className={page}>
      {heading}
      <div className="mt-8 grid gap-10 lg:grid-cols-[1fr_20rem]">
        <section aria-labelledby="cart-items">
          <h2 id="cart-items" className="sr-only">
            Pieces in your cart
          </h2>
          <ul className="divide-y divide-thread border-y border-thread">
            {items.map((item) => (
              <CartLine
                key={item.id}
                item={item}
                currencyCode={current.currency_code}
                locale={market.locale}
                countryCode={market.code}
              />
            ))}
          </ul>
        </section>
        <aside aria-labelledby="cart-summary" className="space-y-6 self-start rounded-md bg-paper p-6">
          <h2 id="cart-summary" className="font-display text-2xl">
            Summary
          </h2>
          <TotalsSummary
            totals={current}
            locale={market.locale}
            deliveryChosen={(current.shipping_methods?.length ?? 0) > 0}
            addressKnown={Boolean(current.shipping_address?.country_code)}
          />
          <PromotionForm appliedCodes={codes} />
          <Link
            href={`/${market.code}/checkout`}
            className="block rounded-sm bg-madder px-5 py-3 text-center font-semibold text-cloth hover:bg-madder-deep"
          >
            Check out
          </Link>
        </aside>
      </div>
    </div>
  )
}
