import { StaticImage } from "@/components/common/static-image"
import Link from "next/link"
import type { HttpTypes } from "@medusajs/types"
import type { Market } from "@/lib/util/markets"
import { productPrice } from "@/lib/util/product-price"
import { Price } from "./price"

type ProductCardProps = {
  product: HttpTypes.StoreProduct
  market: Market
  /** Load the image eagerly: for cards likely to be the largest thing on first paint. */
  preload?: boolean
}

export function ProductCard({ product, market, preload = false }: ProductCardProps) {
  const price = productPrice(product.variants)
  return (
    <Link href={`/${market.code}/products/${product.handle}`} className="group block rounded-sm">
      <div className="relative aspect-[4/5] overflow-hidden rounded-sm bg-paper">
        {product.thumbnail && (
          <StaticImage
            src={product.thumbnail}
            alt=""
            fill
            preload={preload}
            sizes="(min-width: 1280px) 296px, (min-width: 1024px) 25vw, (min-width: 640px) 33vw, 50vw"
            className="object-cover transition duration-500 group-hover:scale-[1.03]"
          />
        )}
      </div>
      <h3 className="mt-3 font-display text-lg leading-snug group-hover:text-madder">{product.title}</h3>
      {product.subtitle && <p className="mt-0.5 line-clamp-1 text-sm text-ink-muted">{product.subtitle}</p>}
      {price ? (
        <Price price={price} from={price.varies} locale={market.locale} className="mt-1.5 text-sm font-medium" />
      ) : (
        <p className="mt-1.5 text-sm text-ink-muted">Not sold in {market.name}</p>
      )}
    </Link>
  )
}
