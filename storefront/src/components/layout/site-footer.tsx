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
        <nav aria-label="Footer">
          <h2 className="text-xs font-semibold uppercase tracking-[0.2em] text-marigold-light">Shop</h2>
          <ul className="mt-4 space-y-2 text-sm">
            <FooterLink href={`/${market.code}/store`}>All pieces</FooterLink>
            {categories.map((category) => (
              <FooterLink key={category.id} href={categoryHref(market.code, category)}>
                {category.name}
              </FooterLink>
            ))}
            <FooterLink href={`/${market.code}/makers`}>The makers</FooterLink>
          </ul>
        </nav>
      </div>
      <div className="border-t border-cloth/15">
        <p className="mx-auto max-w-7xl px-4 py-6 text-xs text-cloth/75 sm:px-6 lg:px-8">
          Prices shown in {market.currencyCode.toUpperCase()} for {market.name}. Made by hand in Kolkata, India.
        </p>
      </div>
    </footer>
  )
}

function FooterLink({ href, children }: { href: string; children: string }) {
  return (
    <li>
      <Link href={href} prefetch={false} className="hover:underline">
        {children}
      </Link>
    </li>
  )
}
