import "server-only"
import { cache } from "react"
import { CACHE_LIFETIME, CACHE_TAGS } from "./cache-tags"
import { type DataResult, mapResult } from "./result"
import { cachedStoreRead } from "./store-read"

/** Totals across the public maker groups: never a figure about one person. */
export type Impact = { groups: number; artisans_employed: number; hours_this_year: number }

export const getImpact = cache(async (): Promise<DataResult<Impact>> => {
  const result = await cachedStoreRead<{ impact: Impact }>({
    path: "/store/impact",
    tags: [CACHE_TAGS.impact],
    lifetime: CACHE_LIFETIME.impact,
  })
  return mapResult(result, (data) => data.impact)
})
