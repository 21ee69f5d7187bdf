import type { HttpTypes } from "@medusajs/types"
import { Suspense } from "react"
import { AccountLink } from "@/components/account/account-link"
import { CartLink, CartLinkPlaceholder } from "@/components/cart/cart-link"
import type { Market } from "@/lib/util/markets"
import { ShopNav } from "./shop-nav"
import { CountryPicker } from "./country-picker"
import { Wordmark } from "./wordmark"

type SiteHeaderProps = {
  market: Market
  categories: HttpTypes.StoreProductCategory[]
}

export function SiteHeader({ market, categories }: SiteHeaderProps) {
  return (
    <header className="border-b border-thread bg-cloth">
      <a
        href="#content"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-30 focus:rounded-sm focus:bg-ink focus:px-4 focus:py-2 focus:text-cloth"
      >
        Skip to content
      </a>
      <div className="mx-auto flex h-16 max-w-7xl items-center justify-between gap-3 px-4 sm:gap-6 sm:px-6 lg:px-8">
        <Wordmark href={`/${market.code}`} />
        <ShopNav countryCode={market.code} categories={categories} className="hidden md:block" />
        <div className="flex items-center gap-1 sm:gap-3">
          <CountryPicker current={market.code} />
          <AccountLink countryCode={market.code} />
          {/* The count streams in after the page, so a slow cart read never holds up browsing. */}
          <Suspense fallback={<CartLinkPlaceholder countryCode={market.code} />}>
            <CartLink countryCode={market.code} />
          </Suspense>
        </div>
      </div>
      <ShopNav
        countryCode={market.code}
        categories={categories}
        className="border-t border-thread px-4 sm:px-6 md:hidden"
      />
    </header>
  )
}
