import type { Market } from "@/lib/util/markets"
import { KanthaField } from "./kantha-field"

export function Hero({ market }: { market: Market }) {
  return (
    <section aria-labelledby="hero-heading" className="relative isolate overflow-hidden bg-indigo text-cloth">
      <KanthaField />
      <div className="relative mx-auto max-w-7xl px-4 py-20 sm:px-6 sm:py-28 lg:px-8">
        <p className="text-xs font-semibold uppercase tracking-[0.25em] text-marigold-light">
          Handmade in Kolkata · shipping to {market.name}
        </p>
        <h1
          id="hero-heading"
          className="mt-5 max-w-3xl font-display text-4xl leading-[1.1] font-medium tracking-tight sm:text-6xl"
        >
          Saris, kantha and jewelry, made by <em className="text-marigold-light">free hands</em> in Kolkata.
        </h1>
        <p className="mt-6 max-w-2xl text-lg leading-relaxed text-cloth/90">
          Our artisans are women who survived trafficking and now earn their living as skilled weavers, kantha
          stitchers and jewelers, paid fairly for every hour and every piece. Buy something beautiful; keep good
          work going.
        </p>
        <a
          href="#collection"
          className="mt-10 inline-block rounded-sm bg-cloth px-6 py-3 text-sm font-semibold text-indigo hover:bg-paper"
        >
          See the collection
        </a>
      </div>
    </section>
  )
}
