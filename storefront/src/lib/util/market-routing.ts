import { type Market, marketByCode, marketForCountry } from "./markets"

export type MarketRoute =
  /** Send the shopper to `location` (a path). */
  | { action: "redirect"; location: string }
  /** Render the path as asked; `market` is set when it starts with one. */
  | { action: "continue"; market?: Market }

/**
 * Decides what the proxy does with a path. `/` and paths without a region go to the
 * shopper's preferred market; a country we sell to (`/de/...`) goes to its market
 * (`/eu/...`); any other two-letter segment is left for the routes to answer with a 404.
 */
export function routeToMarket(pathname: string, preferred: Market): MarketRoute {
  const [, first = "", ...rest] = pathname.split("/")
  const market = marketByCode(first)
  if (market) {
    return first === market.code
      ? { action: "continue", market }
      : { action: "redirect", location: ["", market.code, ...rest].join("/") }
  }
  if (first === "") return { action: "redirect", location: `/${preferred.code}` }
  if (/^[a-z]{2}$/i.test(first)) {
    const countryMarket = marketForCountry(first)
    return countryMarket
      ? { action: "redirect", location: ["", countryMarket.code, ...rest].join("/") }
      : { action: "continue" }
  }
  return { action: "redirect", location: `/${preferred.code}${pathname}` }
}
