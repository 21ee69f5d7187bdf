import "server-only"
import { cache } from "react"
import type { HttpTypes } from "@medusajs/types"
import { CACHE_LIFETIME, CACHE_TAGS } from "./cache-tags"
import { type DataResult, mapResult } from "./result"
import { cachedStoreRead } from "./store-read"

type Category = HttpTypes.StoreProductCategory

const CATEGORY_FIELDS = "id,name,handle,description,rank,parent_category_id"

function readCategories(query: Record<string, unknown>) {
  return cachedStoreRead<HttpTypes.StoreProductCategoryListResponse>({
    path: "/store/product-categories",
    query: { limit: 100, order: "rank", ...query },
    tags: [CACHE_TAGS.categories],
    lifetime: CACHE_LIFETIME.categories,
  })
}

/** The top-level categories with their children, for navigation. */
export const listTopCategories = cache(async (): Promise<DataResult<Category[]>> => {
  const result = await readCategories({
    fields: `${CATEGORY_FIELDS},*category_children`,
    parent_category_id: "null",
    include_descendants_tree: true,
  })
  return mapResult(result, (data) => data.product_categories)
})

/** One category by handle, with its ancestors (for its URL) and descendants (for its products). */
export const getCategoryByHandle = cache(async (handle: string): Promise<DataResult<Category | null>> => {
  const result = await readCategories({
    fields: `${CATEGORY_FIELDS},*parent_category,*category_children`,
    handle,
    include_ancestors_tree: true,
    include_descendants_tree: true,
  })
  return mapResult(result, (data) => data.product_categories[0] ?? null)
})
