import "server-only"
import { cache } from "react"
import { CACHE_LIFETIME, CACHE_TAGS } from "./cache-tags"
import { type DataResult, mapResult, success } from "./result"
import { cachedStoreRead } from "./store-read"

/**
 * Maker groups as the store API shows them: only public groups, and of their artisans only
 * what each woman consented to (a display name, a photo if she allowed one, her own words).
 * Nothing else about a person ever reaches the storefront.
 */
export type MakerImpact = { artisans_employed: number; hours_this_year: number }

export type MakerSummary = {
  id: string
  handle: string
  name: string
  city: string
  kind: string
  story_excerpt: string | null
  founded_year: number | null
}

export type MakerListItem = MakerSummary & { impact: MakerImpact; product_count: number }

export type ConsentedArtisan = { display_name: string; photo_url: string | null; story: string | null }

export type Maker = MakerSummary & {
  story: string | null
  artisans: ConsentedArtisan[]
  impact: MakerImpact
  product_ids: string[]
}

export type ProductMaker = MakerSummary & { share_percent: number; artisans: { display_name: string }[] }

function readMakers<T>(path: `/store/${string}`, expectNotFound = false) {
  return cachedStoreRead<T>({ path, tags: [CACHE_TAGS.makers], lifetime: CACHE_LIFETIME.makers, expectNotFound })
}

/** Every public maker group, by name, with its impact figures. */
export const listMakers = cache(async (): Promise<DataResult<MakerListItem[]>> => {
  const result = await readMakers<{ makers: MakerListItem[] }>("/store/makers")
  return mapResult(result, (data) => data.makers)
})

/** One maker group by handle with its story, consented artisans and products; `null` when unknown. */
export const getMakerByHandle = cache(async (handle: string): Promise<DataResult<Maker | null>> => {
  const result = await readMakers<{ maker: Maker }>(`/store/makers/${encodeURIComponent(handle)}`, true)
  if (!result.ok && result.error.status === 404) return success(null)
  return mapResult(result, (data) => data.maker)
})

/** The groups that made a product, with each group's share of the work. */
export const listProductMakers = cache(async (productId: string): Promise<DataResult<ProductMaker[]>> => {
  const result = await readMakers<{ makers: ProductMaker[] }>(
    `/store/products/${encodeURIComponent(productId)}/makers`,
  )
  return mapResult(result, (data) => data.makers)
})
