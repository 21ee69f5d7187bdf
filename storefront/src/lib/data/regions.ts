import "server-only"
import { cache } from "react"
import type { HttpTypes } from "@medusajs/types"
import type { Market } from "@/lib/util/markets"
import { regionForMarket } from "@/lib/util/market-region"
import { CACHE_LIFETIME, CACHE_TAGS } from "./cache-tags"
import { type DataResult, failure, mapResult } from "./result"
import { cachedStoreRead } from "./store-read"

export const listRegions = cache(async (): Promise<DataResult<HttpTypes.StoreRegion[]>> => {
  const result = await cachedStoreRead<HttpTypes.StoreRegionListResponse>({
    path: "/store/regions",
    query: { fields: "id,name,currency_code,*countries", limit: 100 },
    tags: [CACHE_TAGS.regions],
    lifetime: CACHE_LIFETIME.regions,
  })
  return mapResult(result, (data) => data.regions)
})

/** The Medusa region whose prices a market shows. */
export const getMarketRegion = cache(async (market: Market): Promise<DataResult<HttpTypes.StoreRegion>> => {
  const regions = await listRegions()
  if (!regions.ok) return regions
  const region = regionForMarket(regions.data, market)
  return region
    ? { ok: true, data: region }
    : failure("misconfigured", `No region sells in ${market.currencyCode.toUpperCase()} for the ${market.name} market`)
})
