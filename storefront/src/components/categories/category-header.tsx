import type { HttpTypes } from "@medusajs/types"
import { Breadcrumbs, type Crumb } from "@/components/common/breadcrumbs"
import { SectionHeading } from "@/components/common/section-heading"
import type { CatalogQuery } from "@/lib/util/catalog-query"
import { categoryHref, categoryTrail } from "@/lib/util/category-path"
import type { Market } from "@/lib/util/markets"
import { CategoryChips } from "./category-chips"

type CategoryHeaderProps = {
  category: HttpTypes.StoreProductCategory
  market: Market
  query: CatalogQuery
}

export function CategoryHeader({ category, market, query }: CategoryHeaderProps) {
  const crumbs: Crumb[] = [
    { label: "Home", href: `/${market.code}` },
    { label: "Shop", href: `/${market.code}/store` },
    ...categoryTrail(category)
      .slice(0, -1)
      .map((parent) => ({ label: parent.name, href: categoryHref(market.code, parent) })),
    { label: category.name },
  ]
  return (
    <header className="mb-10 space-y-6">
      <Breadcrumbs items={crumbs} />
      <SectionHeading id="category-heading" title={category.name} level={1} />
      {category.description && <p className="-mt-4 max-w-2xl text-lg text-ink-muted">{category.description}</p>}
      <CategoryChips
        label={`Within ${category.name}`}
        categories={category.category_children ?? []}
        countryCode={market.code}
        parent={category}
        query={query}
      />
    </header>
  )
}
