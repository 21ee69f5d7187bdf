import Link from "next/link"
import type { MakerListItem } from "@/lib/data/makers"
import { impactFigures, makerPlaceLine, pieceCount } from "@/lib/util/maker-labels"
import type { Market } from "@/lib/util/markets"
import { ImpactFigures } from "./impact-figures"

type MakerCardProps = {
  maker: MakerListItem
  market: Market
  headingLevel?: 2 | 3
}

/** A maker group in a list: where it works, what it is, a taste of its story and its work. */
export function MakerCard({ maker, market, headingLevel = 2 }: MakerCardProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3"
  return (
    <article className="relative flex h-full flex-col rounded-md border border-thread bg-paper p-6 sm:p-8">
      <p className="text-xs font-semibold uppercase tracking-[0.2em] text-madder">{makerPlaceLine(maker)}</p>
      <Heading className="mt-3 font-display text-2xl font-medium tracking-tight">
        <Link href={`/${market.code}/makers/${maker.handle}`} className="after:absolute after:inset-0 hover:text-madder">
          {maker.name}
        </Link>
      </Heading>
      {maker.story_excerpt && <p className="mt-3 line-clamp-4 leading-relaxed text-ink-muted">{maker.story_excerpt}</p>}
      <ImpactFigures figures={impactFigures(maker.impact, market.locale)} className="mt-6" />
      <p className="mt-auto pt-6 text-sm font-semibold text-madder">
        {pieceCount(maker.product_count, market.locale)} <span aria-hidden="true">→</span>
      </p>
    </article>
  )
}
