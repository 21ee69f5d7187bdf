/**
 * The storefront's markets: the region segment of every URL (/in, /us, /eu) and how
 * prices are shown there. Each market is served by the Medusa region that sells in its
 * currency; `countries` only decides which market a visitor lands in by default.
 */
export type MarketCode = "in" | "us" | "eu"

export type Market = {
  code: MarketCode
  name: string
  currencyCode: "inr" | "usd" | "eur"
  /** BCP 47 locale used to format prices and dates for this market. */
  locale: string
  countries: readonly string[]
}

// The euro area as of 2026 (Bulgaria joined on 1 January 2026): shoppers there pay in euros.
const EURO_AREA = [
  "at", "be", "bg", "cy", "de", "ee", "es", "fi", "fr", "gr", "hr",
  "ie", "it", "lt", "lu", "lv", "mt", "nl", "pt", "si", "sk",
] as const

export const MARKETS: readonly Market[] = [
  { code: "in", name: "India", currencyCode: "inr", locale: "en-IN", countries: ["in"] },
  { code: "us", name: "United States", currencyCode: "usd", locale: "en-US", countries: ["us"] },
  { code: "eu", name: "Europe", currencyCode: "eur", locale: "en-IE", countries: EURO_AREA },
]

export const DEFAULT_MARKET: Market = MARKETS[0]

export function marketByCode(code: string | null | undefined): Market | undefined {
  if (!code) return undefined
  const wanted = code.toLowerCase()
  return MARKETS.find((market) => market.code === wanted)
}

export function marketForCountry(countryCode: string | null | undefined): Market | undefined {
  if (!countryCode) return undefined
  const wanted = countryCode.toLowerCase()
  return MARKETS.find((market) => market.countries.includes(wanted))
}

/** The same page in another market: `/in/products/x` becomes `/eu/products/x`. */
export function pathInMarket(pathname: string, code: MarketCode): string {
  const [, first, ...rest] = pathname.split("/")
  const tail = marketByCode(first) ? rest : [first, ...rest].filter(Boolean)
  return ["", code, ...tail].join("/").replace(/\/$/, "") || `/${code}`
}
