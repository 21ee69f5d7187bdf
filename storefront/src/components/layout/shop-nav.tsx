import Link from "next/link"
import type { HttpTypes } from "@medusajs/types"
import { categoryHref } from "@/lib/util/category-path"

type ShopNavProps = {
  countryCode: string
  categories: HttpTypes.StoreProductCategory[]
  className?: string
}

/** The shop's main ways in: everything, each top category, and the makers. */
export function ShopNav({ countryCode, categories, className = "" }: ShopNavProps) {
  const links = [
    { href: `/${countryCode}/store`, label: "Shop all" },
    ...categories.map((category) => ({ href: categoryHref(countryCode, category), label: category.name })),
    { href: `/${countryCode}/makers`, label: "Makers" },
  ]
  return (
    <nav aria-label="Shop" className={className}>
      <ul className="flex gap-6 overflow-x-auto whitespace-nowrap text-sm font-medium">
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              prefetch={false}
              className="inline-block py-2 text-ink underline-offset-8 hover:text-madder hover:underline"
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
