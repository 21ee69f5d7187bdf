import { ProductResults } from "@/components/products/product-results"
import type { Maker } from "@/lib/data/makers"
import type { ProductPage } from "@/lib/data/products"
import type { DataResult } from "@/lib/data/result"
import { impactFigures, makerPlaceLine } from "@/lib/util/maker-labels"
import type { Market } from "@/lib/util/markets"
import { ArtisanList } from "./artisan-list"
import { ImpactFigures } from "./impact-figures"
import { MakerStory } from "./maker-story"

type MakerProfileProps = {
  maker: Maker
  market: Market
  products: DataResult<ProductPage>
}

/** A maker group's page: who they are, their story, the artisans who chose to be known, their work. */
export function MakerProfile({ maker, market, products }: MakerProfileProps) {
  const sectionHeading = "font-display text-3xl font-medium tracking-tight"
  return (
    <article className="mt-6 space-y-16">
      <header className="space-y-5">
        <p className="text-xs font-semibold uppercase tracking-[0.2em] text-madder">{makerPlaceLine(maker)}</p>
        <h1 className="font-display text-4xl font-medium tracking-tight sm:text-5xl">{maker.name}</h1>
        <div aria-hidden="true" className="stitch-rule w-24 text-marigold" />
        <ImpactFigures figures={impactFigures(maker.impact, market.locale)} size="large" />
      </header>

      {maker.story && (
        <section aria-labelledby="story-heading">
          <h2 id="story-heading" className="sr-only">
            Their story
          </h2>
          <MakerStory markdown={maker.story} headingLevel={3} />
        </section>
      )}

      {maker.artisans.length > 0 && (
        <section aria-labelledby="artisans-heading" className="space-y-6">
          <h2 id="artisans-heading" className={sectionHeading}>
            The artisans
          </h2>
          <ArtisanList artisans={maker.artisans} />
        </section>
      )}

      <section aria-labelledby="work-heading" className="space-y-6">
        <h2 id="work-heading" className={sectionHeading}>
          Made at {maker.name}
        </h2>
        <ProductResults result={products} market={market} retryHref={`/${market.code}/makers/${maker.handle}`} />
      </section>
    </article>
  )
}
