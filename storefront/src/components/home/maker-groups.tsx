import Link from "next/link"
import { SectionHeading } from "@/components/common/section-heading"
import { MakerList } from "@/components/makers/maker-list"
import type { MakerListItem } from "@/lib/data/makers"
import type { Market } from "@/lib/util/markets"

/** The workshops behind the collection, each linking to its own page. */
export function MakerGroups({ makers, market }: { makers: MakerListItem[]; market: Market }) {
  if (makers.length === 0) return null
  return (
    <section aria-labelledby="makers-heading" className="mx-auto max-w-7xl px-4 pt-20 sm:px-6 lg:px-8">
      <SectionHeading id="makers-heading" eyebrow="Who makes it" title="The workshops behind every piece" />
      <MakerList makers={makers} market={market} headingLevel={3} />
      <Link
        href={`/${market.code}/makers`}
        className="mt-8 inline-block text-sm font-semibold text-madder underline underline-offset-4"
      >
        All our makers
      </Link>
    </section>
  )
}
