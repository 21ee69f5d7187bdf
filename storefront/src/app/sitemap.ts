import type { MetadataRoute } from "next"
import { listTopCategories } from "@/lib/data/categories"
import { listMakers } from "@/lib/data/makers"
import { listProductHandles } from "@/lib/data/products"
import { sitemapEntries } from "@/lib/util/sitemap-entries"

/** Read when requested (the build never needs the backend); without it, the fixed pages only. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [categories, products, makers] = await Promise.all([listTopCategories(), listProductHandles(), listMakers()])
  return sitemapEntries({
    categories: categories.ok ? categories.data : [],
    products: products.ok ? products.data : [],
    makerHandles: makers.ok ? makers.data.map((maker) => maker.handle) : [],
  })
}
