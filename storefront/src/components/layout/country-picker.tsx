"use client"

import Link from "next/link"
import { usePathname, useRouter } from "next/navigation"
import type { MouseEvent } from "react"
import { MARKETS, type MarketCode, marketByCode, pathInMarket } from "@/lib/util/markets"

/** Switches region (and so currency), staying on the same page. */
export function CountryPicker({ current }: { current: MarketCode }) {
  const pathname = usePathname()
  const router = useRouter()
  const market = marketByCode(current)

  // A search, filter or page the shopper chose stays chosen in the other region. The query is
  // read on click rather than rendered, so the header stays static.
  function keepQuery(event: MouseEvent<HTMLAnchorElement>) {
    const query = window.location.search
    if (!query || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    router.push(`${event.currentTarget.pathname}${query}`)
  }
  return (
    // Keyed by path so the menu closes after a switch.
    <details key={pathname} className="group relative">
      <summary className="flex cursor-pointer list-none items-center gap-1.5 rounded-sm py-2 text-sm font-medium">
        <span className="sr-only">Region and currency: </span>
        {/* A phone's header has room for the currency alone. */}
        <span className="sr-only sm:not-sr-only">{market?.name}</span>
        <span className="text-ink-muted">
          <span className="sr-only sm:not-sr-only">· </span>
          {market?.currencyCode.toUpperCase()}
        </span>
        <svg aria-hidden="true" viewBox="0 0 12 12" className="size-3 transition-transform group-open:rotate-180">
          <path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      </summary>
      <ul className="absolute right-0 z-20 mt-2 w-56 rounded-md border border-thread bg-cloth p-1 shadow-lg">
        {MARKETS.map((option) => (
          <li key={option.code}>
            <Link
              href={pathInMarket(pathname, option.code)}
              hrefLang={option.locale}
              prefetch={false}
              onClick={keepQuery}
              aria-current={option.code === current ? "true" : undefined}
              className="flex justify-between rounded-sm px-3 py-2 text-sm hover:bg-paper aria-[current]:font-semibold"
            >
              {option.name}
              <span className="text-ink-muted">{option.currencyCode.toUpperCase()}</span>
            </Link>
          </li>
        ))}
      </ul>
    </details>
  )
}
