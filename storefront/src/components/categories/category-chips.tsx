import Link from "next/link"
import type { HttpTypes } from "@medusajs/types"
import { type CatalogQuery, catalogHref } from "@/lib/util/catalog-query"
import { type CategoryNode, categoryHref } from "@/lib/util/category-path"

type CategoryChipsProps = {
  label: string
  categories: readonly HttpTypes.StoreProductCategory[]
  countryCode: string
  /** The parent the categories sit under, so their links carry the full path. */
  parent?: CategoryNode
  /** The search, maker and sort in force, kept when moving to another category. */
  query: CatalogQuery
}

/** Links to categories, as a row of chips; the shopper's search, maker and sort go along. */
export function CategoryChips({ label, categories, countryCode, parent, query }: CategoryChipsProps) {
  if (categories.length === 0) return null
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-2">
        {categories.map((category) => (
          <li key={category.id}>
            <Link
              href={catalogHref(categoryHref(countryCode, { ...category, parent_category: parent }), query, { page: 1 })}
              className="inline-block rounded-full border border-ink-muted px-4 py-1.5 text-sm hover:border-madder hover:text-madder"
            >
              {category.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
