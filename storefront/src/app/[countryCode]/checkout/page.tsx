import type { Metadata } from "next"
import { notFound, redirect } from "next/navigation"
import { BackendUnavailable } from "@/components/common/backend-unavailable"
import { CheckoutProgress } from "@/components/checkout/checkout-progress"
import { CheckoutStepView } from "@/components/checkout/checkout-step-view"
import { CheckoutSummary } from "@/components/checkout/checkout-summary"
import { retrieveCartInRegion } from "@/lib/data/cart"
import { getMarketRegion } from "@/lib/data/regions"
import { resolveStep, stepStates } from "@/lib/util/checkout-steps"
import { marketByCode } from "@/lib/util/markets"

export const metadata: Metadata = { title: "Checkout", robots: { index: false } }

type CheckoutPageProps = {
  params: Promise<{ countryCode: string }>
  searchParams: Promise<{ step?: string; choose?: string; payment?: string }>
}

export default async function CheckoutPage({ params, searchParams }: CheckoutPageProps) {
  const { countryCode } = await params
  const query = await searchParams
  const market = marketByCode(countryCode)
  if (!market) notFound()
  const page = "mx-auto max-w-6xl px-4 py-10 sm:px-6 lg:px-8"

  const region = await getMarketRegion(market)
  const cart = region.ok ? await retrieveCartInRegion(region.data.id) : region
  if (!region.ok || !cart.ok) {
    return (
      <div className={page}>
        <h1 className="font-display text-4xl font-medium tracking-tight">Checkout</h1>
        <div className="mt-8">
          <BackendUnavailable retryHref={`/${market.code}/checkout`} />
        </div>
      </div>
    )
  }
  if (!cart.data?.items?.length) redirect(`/${market.code}/cart`)

  const step = resolveStep(query.step, cart.data)
  if (query.step !== step) redirect(`/${market.code}/checkout?step=${step}`)

  return (
    <div className={page}>
      <h1 className="font-display text-4xl font-medium tracking-tight">Checkout</h1>
      <div className="mt-6">
        <CheckoutProgress steps={stepStates(step, cart.data)} countryCode={market.code} />
      </div>
      <div className="mt-8 grid gap-10 lg:grid-cols-[1fr_22rem]">
        <section aria-label="Checkout step" className="min-w-0">
          <CheckoutStepView
            step={step}
            cart={cart.data}
            market={market}
            region={region.data}
            choosingPayment={query.choose === "1"}
            paymentDeclined={query.payment === "declined"}
          />
        </section>
        <CheckoutSummary cart={cart.data} locale={market.locale} />
      </div>
    </div>
  )
}
