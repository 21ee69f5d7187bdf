import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { BackendUnavailable } from "@/components/common/backend-unavailable"
import { SectionHeading } from "@/components/common/section-heading"
import { MakerList } from "@/components/makers/maker-list"
import { listMakers } from "@/lib/data/makers"
import { marketByCode } from "@/lib/util/markets"
import { pageMetadata } from "@/lib/util/page-metadata"

type MakersPageProps = { params: Promise<{ countryCode: string }> }

const DESCRIPTION =
  "Meet the workshops behind every piece: the weavers, kantha stitchers and jewelers of Mukti Market, in their own words."

export async function generateMetadata({ params }: MakersPageProps): Promise<Metadata> {
  const { countryCode } = await params
  const market = marketByCode(countryCode)
  if (!market) notFound()
  return pageMetadata({ title: "Our makers", description: DESCRIPTION, path: `/${market.code}/makers` })
}

export default async function MakersPage({ params }: MakersPageProps) {
  const { countryCode } = await params
  const market = marketByCode(countryCode)
  if (!market) notFound()
  const makers = await listMakers()

  return (
    <div className="mx-auto max-w-7xl px-4 py-10 sm:px-6 lg:px-8">
      <SectionHeading id="makers-heading" eyebrow="Who makes it" title="Our makers" level={1} />
      <p className="-mt-4 mb-10 max-w-2xl text-lg leading-relaxed text-ink-muted">
        Every piece in the shop comes from one of these workshops, where women who rebuilt their lives after
        trafficking now work as skilled, fairly paid artisans.
      </p>
      {makers.ok ? (
        <MakerList makers={makers.data} market={market} />
      ) : (
        <BackendUnavailable retryHref={`/${market.code}/makers`} />
      )}
    </div>
  )
}
