import Link from "next/link"
import { BackendUnavailable } from "@/components/common/backend-unavailable"
import { ProductGrid } from "@/components/products/product-grid"
import type { Catalog } from "@/lib/data/catalog"
import { type CatalogQuery, catalogHref, isFiltered } from "@/lib/util/catalog-query"
import { formatCount } from "@/lib/util/figures"
import type { Market } from "@/lib/util/markets"
import { CatalogControls } from "./catalog-controls"
import { Pagination } from "./pagination"

type CatalogListingProps = {
  /** The page's path without search params: `/in/store` or a category's. */
  path: string
  query: CatalogQuery
  catalog: Catalog
  market: Market
}

/** The controls, a count of what they found, the pieces and the pages. */
export function CatalogListing({ path, query, catalog, market }: CatalogListingProps) {
  const { products, makers } = catalog
  const maker = makers.find((group) => group.handle === query.maker)
  return (
    <div className="space-y-8">
      <CatalogControls action={path} query={query} makers={makers} />
      {!products.ok ? (
        <BackendUnavailable retryHref={catalogHref(path, query)} />
      ) : products.data.products.length === 0 ? (
        <div className="rounded-md border border-thread bg-paper px-6 py-10 text-center">
          <p className="text-ink-muted">
            {isFiltered(query)
              ? "No pieces match that. Try other words, or another workshop."
              : "Nothing here yet. The artisans are at work on the next pieces."}
          </p>
          {isFiltered(query) && (
            <Link href={path} className="mt-4 inline-block text-sm font-semibold text-madder underline underline-offset-4">
              Show every piece
            </Link>
          )}
        </div>
      ) : (
        <>
          <p className="text-sm text-ink-muted">
            {formatCount(products.data.count, market.locale)} {products.data.count === 1 ? "piece" : "pieces"}
            {query.q && <> matching “{query.q}”</>}
            {maker && <> made at {maker.name}</>}
          </p>
          <ProductGrid products={products.data.products} market={market} eagerCount={2} />
          <Pagination path={path} query={query} count={products.data.count} />
        </>
      )}
    </div>
  )
}
