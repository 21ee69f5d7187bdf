/**
 * Every cache tag and lifetime the storefront uses, in one place. Browse data (regions,
 * catalog) is cached and revalidated by these tags; cart, checkout and account reads are
 * never cached. A backend hook that calls `revalidateTag(CACHE_TAGS.products, "max")`
 * makes an edit in the admin show up at once instead of after the lifetime below.
 */
export const CACHE_TAGS = {
  regions: "regions",
  categories: "categories",
  products: "products",
  makers: "makers",
  impact: "impact",
} as const

export type CacheTag = (typeof CACHE_TAGS)[keyof typeof CACHE_TAGS]

/** Seconds before a cached read is refreshed in the background. */
export const CACHE_LIFETIME = {
  regions: 3600,
  categories: 3600,
  products: 300,
  makers: 300,
  // Hours are recorded day by day; an hour's delay on the totals costs nothing.
  impact: 3600,
} as const satisfies Record<keyof typeof CACHE_TAGS, number>
