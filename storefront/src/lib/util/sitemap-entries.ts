import type { MetadataRoute } from "next"
import { MARKETS, pathInMarket } from "./markets"
import { absoluteUrl } from "./site-url"

type CategoryTreeNode = { handle: string; category_children?: readonly CategoryTreeNode[] | null }

/** Every category's path below a market, parents before children: `kantha/kantha-quilts`. */
export function categoryPaths(tree: readonly CategoryTreeNode[], parents: readonly string[] = []): string[] {
  return tree.flatMap((node) => {
    const own = [...parents, node.handle]
    return [own.join("/"), ...categoryPaths(node.category_children ?? [], own)]
  })
}

export type SitemapSources = {
  categories: readonly CategoryTreeNode[]
  products: ReadonlyArray<{ handle: string; updated_at: string | null }>
  makerHandles: readonly string[]
  base?: URL
}

type Page = { path: string; lastModified?: string; priority: number }

/**
 * One entry per page per market, each naming the same page in the other markets, so search
 * engines show shoppers the market (and currency) meant for them.
 */
export function sitemapEntries({ categories, products, makerHandles, base }: SitemapSources): MetadataRoute.Sitemap {
  const pages: Page[] = [
    { path: "", priority: 1 },
    { path: "/store", priority: 0.8 },
    { path: "/makers", priority: 0.8 },
    ...categoryPaths(categories).map((path) => ({ path: `/categories/${path}`, priority: 0.7 })),
    ...makerHandles.map((handle) => ({ path: `/makers/${handle}`, priority: 0.7 })),
    ...products.map((product) => ({
      path: `/products/${product.handle}`,
      priority: 0.6,
      ...(product.updated_at ? { lastModified: product.updated_at } : {}),
    })),
  ]
  return pages.flatMap((page) => {
    const languages = Object.fromEntries(
      MARKETS.map((market) => [market.locale, absoluteUrl(pathInMarket(page.path, market.code), base)]),
    )
    return MARKETS.map((market) => ({
      url: absoluteUrl(pathInMarket(page.path, market.code), base),
      ...(page.lastModified ? { lastModified: page.lastModified } : {}),
      priority: page.priority,
      alternates: { languages },
    }))
  })
}
