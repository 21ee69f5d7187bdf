/**
 * What a catalogue page shows, read from its URL: `?q=kantha&maker=kolkata-kantha-unit&sort=price-asc&page=2`.
 * The URL is the whole state, so every view can be linked, bookmarked and reached without JavaScript.
 */
export const CATALOG_SORTS = ["newest", "price-asc", "price-desc"] as const

export type CatalogSort = (typeof CATALOG_SORTS)[number]

export const SORT_LABELS: Record<CatalogSort, string> = {
  newest: "Newest first",
  "price-asc": "Price, low to high",
  "price-desc": "Price, high to low",
}

export type CatalogQuery = {
  /** Words to look for in the pieces' names and descriptions (Medusa's `q`); empty means no search. */
  q: string
  /** A maker group's handle; empty means every group. */
  maker: string
  sort: CatalogSort
  /** 1-based. */
  page: number
}

export const CATALOG_PAGE_SIZE = 24

/** The longest search a shopper can send; anything longer is cut. */
const MAX_QUERY_LENGTH = 100

export type SearchParams = Record<string, string | string[] | undefined>

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? ""
}

/** Reads the URL's search params; anything malformed falls back to the default rather than failing. */
export function parseCatalogQuery(params: SearchParams): CatalogQuery {
  const q = first(params.q).replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH)
  const maker = first(params.maker).trim().toLowerCase()
  const sortParam = first(params.sort)
  const sort = (CATALOG_SORTS as readonly string[]).includes(sortParam) ? (sortParam as CatalogSort) : "newest"
  const pageParam = first(params.page)
  const page = /^\d{1,6}$/.test(pageParam) ? Math.max(1, Number(pageParam)) : 1
  return { q, maker: /^[a-z0-9-]{1,100}$/.test(maker) ? maker : "", sort, page }
}

/**
 * A link to the same catalogue with some of its state changed. Defaults are left out, so
 * each view has one URL; changing the search, maker or sort goes back to the first page.
 */
export function catalogHref(path: string, query: CatalogQuery, change: Partial<CatalogQuery> = {}): string {
  const resetsPage = "q" in change || "maker" in change || "sort" in change
  const next = { ...query, ...(resetsPage ? { page: 1 } : {}), ...change }
  const params = new URLSearchParams()
  if (next.q) params.set("q", next.q)
  if (next.maker) params.set("maker", next.maker)
  if (next.sort !== "newest") params.set("sort", next.sort)
  if (next.page > 1) params.set("page", String(next.page))
  const search = params.toString()
  return search ? `${path}?${search}` : path
}

/** True when the shopper narrowed the catalogue, so an empty result is their filter, not our shelves. */
export function isFiltered(query: CatalogQuery): boolean {
  return Boolean(query.q || query.maker)
}

export function pageCount(count: number, pageSize = CATALOG_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(count / pageSize))
}

/** A page number beyond the last page is a page that does not exist (page 1 always does). */
export function isPastLastPage(page: number, count: number, pageSize = CATALOG_PAGE_SIZE): boolean {
  return page > pageCount(count, pageSize)
}

export type PageLink = number | "gap"

/**
 * The page numbers worth a link: the first, the last, and those near the current one, with
 * a gap where others are skipped: 1 … 4 5 6 … 12.
 */
export function pageWindow(current: number, pages: number, reach = 1): PageLink[] {
  const shown = new Set([1, pages])
  for (let page = current - reach; page <= current + reach; page++) {
    if (page >= 1 && page <= pages) shown.add(page)
  }
  const links: PageLink[] = []
  for (const page of [...shown].sort((a, b) => a - b)) {
    const previous = links[links.length - 1]
    if (typeof previous === "number" && page - previous === 2) links.push(previous + 1)
    else if (typeof previous === "number" && page - previous > 2) links.push("gap")
    links.push(page)
  }
  return links
}
