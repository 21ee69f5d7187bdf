import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { SectionHeading } from "@/components/common/section-heading"
import { Hero } from "@/components/home/hero"
import { ProductResults } from "@/components/products/product-results"
import { listProducts } from "@/lib/data/products"
import { getMarketRegion } from "@/lib/data/regions"
import { marketByCode } from "@/lib/util/markets"

type HomePageProps = { params: Promise<{ countryCode: string }> }

export async function generateMetadata({ params }: HomePageProps): Promise<Metadata> {
  const { countryCode } = await params
  return { alternates: { canonical: `/${countryCode}` } }
}

export default async function HomePage({ params }: HomePageProps) {
  const { countryCode } = await params
  const market = marketByCode(countryCode)
  if (!market) notFound()

  const region = await getMarketRegion(market)
  const products = region.ok ? await listProducts({ regionId: region.data.id }) : region

  return (
    <>
      <Hero market={market} />
      <section
        id="collection"
        aria-labelledby="collection-heading"
        className="mx-auto max-w-7xl scroll-mt-8 px-4 pt-16 sm:px-6 lg:px-8"
      >
        <SectionHeading id="collection-heading" eyebrow="The collection" title="Just finished in the workshop" />
        <ProductResults result={products} market={market} retryHref={`/${market.code}`} />
      </section>
    </>
  )
}
