import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { byShare, relatedProductIds } from "@/lib/util/maker-names"
import { getMakerByHandle, listProductMakers, type ProductMaker } from "./makers"
import { listProducts } from "./products"

const RELATED_LIMIT = 4

export type ProductMakers = {
  makers: ProductMaker[]
  /** Other pieces from the group that did most of the work on this one. */
  related: { makerName: string; products: HttpTypes.StoreProduct[] } | null
}

/**
 * The makers of a product and its related pieces. Both are extras on a product page: when
 * the makers cannot be read the page still sells the product, so failures become "none".
 */
export async function getProductMakers(productId: string, regionId: string): Promise<ProductMakers> {
  const makers = await listProductMakers(productId)
  if (!makers.ok || makers.data.length === 0) return { makers: [], related: null }
  const ordered = byShare(makers.data)
  const lead = ordered[0]
  const group = await getMakerByHandle(lead.handle)
  const ids = group.ok && group.data ? relatedProductIds(group.data.product_ids, productId, RELATED_LIMIT) : []
  const products = ids.length ? await listProducts({ regionId, ids, limit: RELATED_LIMIT }) : null
  return {
    makers: ordered,
    related: products?.ok ? { makerName: lead.name, products: products.data.products } : null,
  }
}
