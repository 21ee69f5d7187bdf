import Link from "next/link"
import type { HttpTypes } from "@medusajs/types"
import { Breadcrumbs, type Crumb } from "@/components/common/breadcrumbs"
import { SectionHeading } from "@/components/common/section-heading"
import { categoryHref, categoryTrail } from "@/lib/util/category-path"
import type { Market } from "@/lib/util/markets"

type CategoryHeaderProps = {
  category: HttpTypes.StoreProductCategory
  market: Market
}

export function CategoryHeader({ category, market }: CategoryHeaderProps) {
  const crumbs: Crumb[] = [
    { label: "Home", href: `/${market.code}` },
    ...categoryTrail(category)
      .slice(0, -1)
      .map((parent) => ({ label: parent.name, href: categoryHref(market.code, parent) })),
    { label: category.name },
  ]
  const children = category.category_children ?? []
  return (
    <header className="mb-10 space-y-6">
      <Breadcrumbs items={crumbs} />
      <SectionHeading id="category-heading" title={category.name} level={1} />
      {category.description && <p className="-mt-4 max-w-2xl text-lg text-ink-muted">{category.description}</p>}
      {children.length > 0 && (
        <nav aria-label={`Within ${category.name}`}>
          <ul className="flex flex-wrap gap-2">
            {children.map((child) => (
              <li key={child.id}>
                <Link
                  href={categoryHref(market.code, { ...child, parent_category: category })}
                  className="inline-block rounded-full border border-ink-muted px-4 py-1.5 text-sm hover:border-madder hover:text-madder"
                >
                  {child.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  )
}
