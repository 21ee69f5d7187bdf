import type { DataResult } from "@/lib/data/result"
import type { ProductPage } from "@/lib/data/products"
import type { Market } from "@/lib/util/markets"
import { BackendUnavailable } from "@/components/common/backend-unavailable"
import { ProductGrid } from "./product-grid"

type ProductResultsProps = {
  result: DataResult<ProductPage>
  market: Market
  /** Where "Try again" leads when the catalogue could not be read. */
  retryHref: string
  eagerCount?: number
}

/** A list of products, or a kind word when there are none or the catalogue is unreachable. */
export function ProductResults({ result, market, retryHref, eagerCount }: ProductResultsProps) {
  if (!result.ok) return <BackendUnavailable retryHref={retryHref} />
  if (result.data.products.length === 0) {
    return (
      <p className="rounded-md border border-thread bg-paper px-6 py-10 text-center text-ink-muted">
        Nothing here yet. The artisans are at work on the next pieces.
      </p>
    )
  }
  return <ProductGrid products={result.data.products} market={market} eagerCount={eagerCount} />
}
