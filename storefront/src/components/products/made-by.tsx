import Link from "next/link"
import type { ProductMaker } from "@/lib/data/makers"
import { makerPlaceLine } from "@/lib/util/maker-labels"
import { joinNames } from "@/lib/util/maker-names"
import type { Market } from "@/lib/util/markets"

type MadeByProps = { makers: ProductMaker[]; market: Market }

/** Who made this piece: each group with its share of the work and the artisans who chose to be named. */
export function MadeBy({ makers, market }: MadeByProps) {
  if (makers.length === 0) return null
  const shared = makers.length > 1
  return (
    <section aria-labelledby="made-by-heading" className="rounded-md border border-thread bg-paper p-6">
      <h2 id="made-by-heading" className="text-xs font-semibold uppercase tracking-[0.2em] text-madder">
        Made by
      </h2>
      <ul className="mt-4 space-y-6">
        {makers.map((maker) => (
          <li key={maker.id} className="space-y-2">
            <p className="font-display text-2xl font-medium">{maker.name}</p>
            <p className="text-sm text-ink-muted">
              {makerPlaceLine(maker)}
              {shared && ` · ${maker.share_percent}% of the work`}
            </p>
            {maker.artisans.length > 0 && (
              <p className="text-sm">
                <span className="text-ink-muted">Artisans at {maker.name}: </span>
                {joinNames(maker.artisans.map((a) => a.display_name), market.locale)}
              </p>
            )}
            {maker.story_excerpt && <p className="line-clamp-3 leading-relaxed text-ink-muted">{maker.story_excerpt}</p>}
            <Link
              href={`/${market.code}/makers/${maker.handle}`}
              className="inline-block text-sm font-semibold text-madder underline underline-offset-4"
            >
              Meet {maker.name}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
