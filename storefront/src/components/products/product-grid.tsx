import type { HttpTypes } from "@medusajs/types"
import type { Market } from "@/lib/util/markets"
import { ProductCard } from "./product-card"

type ProductGridProps = {
  products: HttpTypes.StoreProduct[]
  market: Market
  /** How many leading cards load their image eagerly (those above the fold). */
  eagerCount?: number
}

export function ProductGrid({ products, market, eagerCount = 0 }: ProductGridProps) {
  return (
    <ul className="grid grid-cols-2 gap-x-4 gap-y-10 sm:grid-cols-3 sm:gap-x-6 lg:grid-cols-4">
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard product={product} market={market} preload={index < eagerCount} />
        </li>
      ))}
    </ul>
  )
}
