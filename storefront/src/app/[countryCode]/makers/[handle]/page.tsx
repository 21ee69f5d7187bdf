import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { BackendUnavailable } from "@/components/common/backend-unavailable"
import { Breadcrumbs } from "@/components/common/breadcrumbs"
import { MakerProfile } from "@/components/makers/maker-profile"
import { getMakerByHandle } from "@/lib/data/makers"
import { listProducts } from "@/lib/data/products"
import { getMarketRegion } from "@/lib/data/regions"
import { marketByCode } from "@/lib/util/markets"
import { pageMetadata } from "@/lib/util/page-metadata"

type MakerPageProps = { params: Promise<{ countryCode: string; handle: string }> }

/** A group may show more pieces than a catalogue page; beyond this the catalogue filter takes over. */
const MAKER_PRODUCT_LIMIT = 48

async function loadMaker(params: MakerPageProps["params"]) {
  const { countryCode, handle } = await params
  const market = marketByCode(countryCode)
  if (!market) notFound()
  const maker = await getMakerByHandle(handle)
  if (maker.ok && !maker.data) notFound()
  return { market, handle, maker }
}

export async function generateMetadata({ params }: MakerPageProps): Promise<Metadata> {
  const { market, handle, maker } = await loadMaker(params)
  if (!maker.ok || !maker.data) return { title: "Our makers" }
  return pageMetadata({
    title: `${maker.data.name}, ${maker.data.city}`,
    description: maker.data.story_excerpt,
    path: `/${market.code}/makers/${handle}`,
    type: "article",
  })
}

export default async function MakerPage({ params }: MakerPageProps) {
  const { market, handle, maker } = await loadMaker(params)
  const page = "mx-auto max-w-7xl px-4 py-10 sm:px-6 lg:px-8"
  if (!maker.ok || !maker.data) {
    return (
      <div className={page}>
        <BackendUnavailable retryHref={`/${market.code}/makers/${handle}`} />
      </div>
    )
  }

  const region = await getMarketRegion(market)
  const products = region.ok
    ? await listProducts({ regionId: region.data.id, ids: maker.data.product_ids, limit: MAKER_PRODUCT_LIMIT })
    : region

  return (
    <div className={page}>
      <Breadcrumbs
        items={[
          { label: "Home", href: `/${market.code}` },
          { label: "Makers", href: `/${market.code}/makers` },
          { label: maker.data.name },
        ]}
      />
      <MakerProfile maker={maker.data} market={market} products={products} />
    </div>
  )
}
