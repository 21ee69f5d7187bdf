import Link from "next/link"
import type { HttpTypes } from "@medusajs/types"
import { categoryHref } from "@/lib/util/category-path"

type CategoryNavProps = {
  countryCode: string
  categories: HttpTypes.StoreProductCategory[]
  className?: string
}

export function CategoryNav({ countryCode, categories, className = "" }: CategoryNavProps) {
  if (categories.length === 0) return null
  return (
    <nav aria-label="Shop by category" className={className}>
      <ul className="flex gap-6 overflow-x-auto whitespace-nowrap text-sm font-medium">
        {categories.map((category) => (
          <li key={category.id}>
            <Link
              href={categoryHref(countryCode, category)}
              className="inline-block py-2 text-ink underline-offset-8 hover:text-madder hover:underline"
            >
              {category.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
