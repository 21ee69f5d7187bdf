import type { HttpTypes } from "@medusajs/types"
import { SectionHeading } from "@/components/common/section-heading"
import type { Market } from "@/lib/util/markets"
import { ProductGrid } from "./product-grid"

type RelatedProductsProps = {
  products: HttpTypes.StoreProduct[]
  makerName: string
  market: Market
}

/** More pieces from the workshop that made this one. */
export function RelatedProducts({ products, makerName, market }: RelatedProductsProps) {
  if (products.length === 0) return null
  return (
    <section aria-labelledby="related-heading" className="mt-20">
      <SectionHeading id="related-heading" eyebrow="From the same workshop" title={`More from ${makerName}`} />
      <ProductGrid products={products} market={market} />
    </section>
  )
}
