import Link from "next/link"
import { ImpactFigures } from "@/components/makers/impact-figures"
import type { Impact } from "@/lib/data/impact"
import { impactFigures } from "@/lib/util/maker-labels"
import type { Market } from "@/lib/util/markets"

/** What buying here keeps going, in totals across all workshops. */
export function ImpactStrip({ impact, market }: { impact: Impact; market: Market }) {
  const figures = impactFigures(impact, market.locale)
  if (figures.length === 0) return null
  return (
    <section aria-labelledby="impact-heading" className="border-b border-thread bg-paper">
      <div className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-10 sm:px-6 lg:flex-row lg:items-center lg:justify-between lg:px-8">
        <h2 id="impact-heading" className="max-w-xs font-display text-2xl font-medium tracking-tight">
          Fair work, counted
        </h2>
        <ImpactFigures figures={figures} size="large" />
        <Link
          href={`/${market.code}/makers`}
          className="text-sm font-semibold text-madder underline underline-offset-4"
        >
          Meet the makers
        </Link>
      </div>
    </section>
  )
}
