import Link from "next/link"
import type { HttpTypes } from "@medusajs/types"
import { categoryHref } from "@/lib/util/category-path"
import type { Market } from "@/lib/util/markets"

type SiteFooterProps = {
  market: Market
  categories: HttpTypes.StoreProductCategory[]
}

export function SiteFooter({ market, categories }: SiteFooterProps) {
  return (
    <footer className="mt-24 bg-indigo-deep text-cloth">
      <div className="mx-auto grid max-w-7xl gap-10 px-4 py-14 sm:px-6 md:grid-cols-3 lg:px-8">
        <div className="md:col-span-2">
          <p className="font-display text-2xl">Mukti Market</p>
          <p className="mt-3 max-w-prose text-sm leading-relaxed text-cloth/85">
            <span lang="bn">Mukti</span> means freedom. Every piece here is made in Kolkata by women artisans,
            survivors of trafficking, who are paid a fair and steady wage for skilled work: weaving, kantha
            stitching and jewelry making.
          </p>
        </div>
        {categories.length > 0 && (
          <nav aria-label="Footer">
            <h2 className="text-xs font-semibold uppercase tracking-[0.2em] text-marigold-light">Shop</h2>
            <ul className="mt-4 space-y-2 text-sm">
              {categories.map((category) => (
                <li key={category.id}>
                  <Link href={categoryHref(market.code, category)} className="hover:underline">
                    {category.name}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>
      <div className="border-t border-cloth/15">
        <p className="mx-auto max-w-7xl px-4 py-6 text-xs text-cloth/75 sm:px-6 lg:px-8">
          Prices shown in {market.currencyCode.toUpperCase()} for {market.name}. Made by hand in Kolkata, India.
        </p>
      </div>
    </footer>
  )
}
