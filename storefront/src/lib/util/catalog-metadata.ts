import type { Metadata } from "next"
import { type CatalogQuery, catalogHref } from "./catalog-query"
import { pageMetadata } from "./page-metadata"

type CatalogMetadataInput = {
  title: string
  description?: string | null
  /** The listing's path without search params. */
  path: string
  query: CatalogQuery
}

/**
 * A listing's metadata. Its plain pages (page 2, 3…) are indexed as themselves; a searched,
 * filtered or re-sorted view points search engines at the plain listing and is not indexed,
 * so the endless combinations of a form never compete with the pages they come from.
 */
export function catalogMetadata({ title, description, path, query }: CatalogMetadataInput): Metadata {
  const narrowed = Boolean(query.q || query.maker || query.sort !== "newest")
  const canonical = narrowed ? path : catalogHref(path, query)
  const pageTitle = !narrowed && query.page > 1 ? `${title}, page ${query.page}` : title
  const metadata = pageMetadata({ title: pageTitle, description, path: canonical })
  return narrowed ? { ...metadata, robots: { index: false, follow: true } } : metadata
}
