import "server-only"
import { cache } from "react"
import type { HttpTypes } from "@medusajs/types"
import { literalSearchTerm } from "@/lib/util/search-term"
import { CACHE_LIFETIME, CACHE_TAGS } from "./cache-tags"
import { type DataResult, mapResult, success } from "./result"
import { cachedStoreRead } from "./store-read"

// Medusa's default product fields plus each variant's price in the region and its stock.
const PRODUCT_FIELDS = "*variants.calculated_price,+variants.inventory_quantity"
// A product page also names its categories.
const PRODUCT_PAGE_FIELDS = `${PRODUCT_FIELDS},*categories`

export type ProductPage = { products: HttpTypes.StoreProduct[]; count: number }

export type ProductListOptions = {
  regionId: string
  categoryIds?: readonly string[]
  /** Only these products, e.g. a maker group's. An empty list means no products. */
  ids?: readonly string[]
  /** Words to find in the title, subtitle or description (Medusa's `q`), matched as typed. */
  q?: string
  limit?: number
  offset?: number
}

function readProducts(query: Record<string, unknown>) {
  return cachedStoreRead<HttpTypes.StoreProductListResponse>({
    path: "/store/products",
    query: { fields: PRODUCT_FIELDS, ...query },
    tags: [CACHE_TAGS.products],
    lifetime: CACHE_LIFETIME.products,
  })
}

/** Published products priced for a region, newest first. */
export async function listProducts(options: ProductListOptions): Promise<DataResult<ProductPage>> {
  const { regionId, categoryIds, ids, q, limit = 24, offset = 0 } = options
  if (ids && ids.length === 0) return success({ products: [], count: 0 })
  const result = await readProducts({
    region_id: regionId,
    ...(categoryIds?.length ? { category_id: categoryIds } : {}),
    ...(ids ? { id: ids } : {}),
    ...(q ? { q: literalSearchTerm(q) } : {}),
    order: "-created_at",
    limit,
    offset,
  })
  return mapResult(result, ({ products, count }) => ({ products, count }))
}

/**
 * The store API sorts by stored fields only, and a product's price in a region is
 * calculated per request, so sorting by price reads every matching product (a hundred at a
 * time, each batch cached) and sorts them here. A shop of handmade pieces has hundreds, not
 * hundreds of thousands; past this bound the sort would cover only the newest ones.
 */
const PRICE_SORT_BATCH = 100
const PRICE_SORT_LIMIT = 1000

/** Every product matching the filters (up to `PRICE_SORT_LIMIT`), newest first. */
export async function listAllProducts(
  options: Omit<ProductListOptions, "limit" | "offset">,
): Promise<DataResult<ProductPage>> {
  const products: HttpTypes.StoreProduct[] = []
  let count = Infinity
  while (products.length < Math.min(count, PRICE_SORT_LIMIT)) {
    const batch = await listProducts({ ...options, limit: PRICE_SORT_BATCH, offset: products.length })
    if (!batch.ok) return batch
    count = batch.data.count
    products.push(...batch.data.products)
    if (batch.data.products.length === 0) break
  }
  if (count > PRICE_SORT_LIMIT) {
    console.warn(`[storefront] sorting ${count} products by price covers only the newest ${PRICE_SORT_LIMIT}`)
  }
  return success({ products, count: Math.min(count, PRICE_SORT_LIMIT) })
}

/** One product by handle, priced for a region; `null` when no published product has it. */
export const getProductByHandle = cache(
  async (handle: string, regionId: string): Promise<DataResult<HttpTypes.StoreProduct | null>> => {
    const result = await readProducts({ fields: PRODUCT_PAGE_FIELDS, handle, region_id: regionId, limit: 1 })
    return mapResult(result, (data) => data.products[0] ?? null)
  },
)

export type ProductHandle = { handle: string; updated_at: string | null }

/** Every published product's handle, for the sitemap; prices are not needed there. */
export async function listProductHandles(): Promise<DataResult<ProductHandle[]>> {
  const result = await readProducts({ fields: "handle,updated_at", limit: 1000 })
  return mapResult(result, ({ products }) =>
    products.map((product) => ({ handle: product.handle, updated_at: (product.updated_at as string | null) ?? null })),
  )
}
