import "server-only"
import type { Market } from "@/lib/util/markets"
import { CATALOG_PAGE_SIZE, type CatalogQuery } from "@/lib/util/catalog-query"
import { sortByPrice } from "@/lib/util/price-sort"
import { getMakerByHandle, listMakers, type MakerListItem } from "./makers"
import { listAllProducts, listProducts, type ProductPage } from "./products"
import { getMarketRegion } from "./regions"
import { type DataResult, mapResult } from "./result"

export type Catalog = {
  products: DataResult<ProductPage>
  /** Every public maker group, for the filter; empty when they could not be read. */
  makers: MakerListItem[]
}

type CatalogOptions = { market: Market; query: CatalogQuery; categoryIds?: readonly string[] }

/** The products a maker filter allows: `undefined` for no filter, `[]` for an unknown group. */
async function makerProductIds(handle: string): Promise<DataResult<string[] | undefined>> {
  if (!handle) return { ok: true, data: undefined }
  const maker = await getMakerByHandle(handle)
  return mapResult(maker, (found) => found?.product_ids ?? [])
}

/** One page of the catalogue, searched, filtered by maker and sorted as the URL asks. */
export async function loadCatalog({ market, query, categoryIds }: CatalogOptions): Promise<Catalog> {
  const [region, makers, ids] = await Promise.all([
    getMarketRegion(market),
    listMakers(),
    makerProductIds(query.maker),
  ])
  const makerList = makers.ok ? makers.data : []
  if (!region.ok) return { products: region, makers: makerList }
  if (!ids.ok) return { products: ids, makers: makerList }

  const filters = { regionId: region.data.id, categoryIds, ids: ids.data, q: query.q || undefined }
  const offset = (query.page - 1) * CATALOG_PAGE_SIZE
  if (query.sort === "newest") {
    return { products: await listProducts({ ...filters, limit: CATALOG_PAGE_SIZE, offset }), makers: makerList }
  }
  const direction = query.sort === "price-asc" ? "asc" : "desc"
  const all = await listAllProducts(filters)
  const products = mapResult(all, ({ products: every, count }) => ({
    products: sortByPrice(every, direction).slice(offset, offset + CATALOG_PAGE_SIZE),
    count,
  }))
  return { products, makers: makerList }
}
