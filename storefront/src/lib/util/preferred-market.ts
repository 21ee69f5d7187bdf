import { DEFAULT_MARKET, type Market, marketByCode, marketForCountry } from "./markets"

export type LanguagePreference = { language: string; region?: string; quality: number }

/** What a request tells us about where the shopper is, strongest signal first. */
export type MarketSignals = {
  /** The market the shopper picked last time (a cookie set when they visit one). */
  chosenMarket?: string | null
  /** A country code from the hosting edge, e.g. `x-vercel-ip-country` or `cf-ipcountry`. */
  geoCountry?: string | null
  acceptLanguage?: string | null
}

// Languages that, without a region subtag, still point clearly at one market.
const LANGUAGE_MARKETS: Record<string, Market["code"]> = {
  hi: "in", bn: "in", ta: "in", te: "in", mr: "in", gu: "in", kn: "in", ml: "in", pa: "in", or: "in", as: "in",
  de: "eu", fr: "eu", it: "eu", es: "eu", nl: "eu", pt: "eu", fi: "eu", el: "eu", et: "eu", lv: "eu",
  lt: "eu", sk: "eu", sl: "eu", hr: "eu", mt: "eu", ga: "eu", bg: "eu", lb: "eu",
}

/** Parses an Accept-Language header into preferences, most wanted first. */
export function parseAcceptLanguage(header: string | null | undefined): LanguagePreference[] {
  if (!header) return []
  return header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";")
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="))
      const quality = q ? Number(q.slice(2)) : 1
      const [language = "", ...subtags] = tag.trim().toLowerCase().split("-")
      const region = subtags.find((s) => /^[a-z]{2}$/.test(s))
      return { language, region, quality: Number.isFinite(quality) ? quality : 0, index }
    })
    .filter((p) => /^[a-z]{2,3}$/.test(p.language) && p.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
    .map(({ language, region, quality }) => ({ language, region, quality }))
}

/** A market from Accept-Language: a region subtag wins over a language's usual home. */
export function marketFromAcceptLanguage(header: string | null | undefined): Market | undefined {
  const preferences = parseAcceptLanguage(header)
  for (const { region } of preferences) {
    const market = marketForCountry(region)
    if (market) return market
  }
  for (const { language } of preferences) {
    const market = marketByCode(LANGUAGE_MARKETS[language])
    if (market) return market
  }
  return undefined
}

export function preferredMarket(signals: MarketSignals): Market {
  return (
    marketByCode(signals.chosenMarket) ??
    marketForCountry(signals.geoCountry) ??
    marketFromAcceptLanguage(signals.acceptLanguage) ??
    DEFAULT_MARKET
  )
}
