import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { SectionHeading } from "@/components/common/section-heading"
import { Hero } from "@/components/home/hero"
import { ImpactStrip } from "@/components/home/impact-strip"
import { MakerGroups } from "@/components/home/maker-groups"
import { ProductResults } from "@/components/products/product-results"
import { getImpact } from "@/lib/data/impact"
import { listMakers } from "@/lib/data/makers"
import { listProducts } from "@/lib/data/products"
import { getMarketRegion } from "@/lib/data/regions"
import { marketByCode } from "@/lib/util/markets"
import { pageMetadata } from "@/lib/util/page-metadata"

type HomePageProps = { params: Promise<{ countryCode: string }> }

const FEATURED_COUNT = 8

export async function generateMetadata({ params }: HomePageProps): Promise<Metadata> {
  const { countryCode } = await params
  const market = marketByCode(countryCode)
  if (!market) notFound()
  return {
    ...pageMetadata({
      title: "Mukti Market: saris, kantha and jewelry handmade in Kolkata",
      description:
        "Handwoven saris, kantha quilts and jewelry made in Kolkata by women artisans who survived trafficking and are paid a fair wage for their craft.",
      path: `/${market.code}`,
    }),
    // The home page's title stands alone, without the site name appended.
    title: { absolute: "Mukti Market: saris, kantha and jewelry handmade in Kolkata" },
  }
}

export default async function HomePage({ params }: HomePageProps) {
  const { countryCode } = await params
  const market = marketByCode(countryCode)
  if (!market) notFound()

  const [region, impact, makers] = await Promise.all([getMarketRegion(market), getImpact(), listMakers()])
  const products = region.ok ? await listProducts({ regionId: region.data.id, limit: FEATURED_COUNT }) : region

  return (
    <>
      <Hero market={market} />
      {impact.ok && <ImpactStrip impact={impact.data} market={market} />}
      <section
        id="collection"
        aria-labelledby="collection-heading"
        className="mx-auto max-w-7xl scroll-mt-8 px-4 pt-16 sm:px-6 lg:px-8"
      >
        <SectionHeading id="collection-heading" eyebrow="The collection" title="Just finished in the workshop" />
        <ProductResults result={products} market={market} retryHref={`/${market.code}`} />
        <Link
          href={`/${market.code}/store`}
          className="mt-10 inline-block rounded-sm border border-ink px-5 py-2.5 text-sm font-semibold hover:border-madder hover:text-madder"
        >
          See every piece
        </Link>
      </section>
      {makers.ok && <MakerGroups makers={makers.data} market={market} />}
    </>
  )
}
