import type { Metadata } from "next"
import { MARKETS, pathInMarket } from "./markets"

type PageMetadataInput = {
  title: string
  description?: string | null
  /** The page's path in its market, e.g. `/in/makers/sabuj-sutra`. */
  path: string
  image?: string | null
  type?: "website" | "article"
}

/** Longer descriptions are cut at a word, as search results show about this much. */
export function metaDescription(text: string | null | undefined, limit = 160): string | undefined {
  const plain = text?.replace(/\s+/g, " ").trim()
  if (!plain) return undefined
  if (plain.length <= limit) return plain
  const head = plain.slice(0, limit - 1)
  // Drop the last word unless the cut fell just after it.
  const whole = /\s/.test(plain[limit - 1]) ? head : head.replace(/\s+\S*$/, "")
  return `${whole.trimEnd()}…`
}

/**
 * Title, description, canonical URL, the same page in the other markets (hreflang) and
 * Open Graph, so every page is described the same way. Paths resolve against the root
 * layout's `metadataBase`.
 */
export function pageMetadata({ title, description, path, image, type = "website" }: PageMetadataInput): Metadata {
  const summary = metaDescription(description)
  const languages = Object.fromEntries(MARKETS.map((market) => [market.locale, pathInMarket(path, market.code)]))
  return {
    title,
    ...(summary ? { description: summary } : {}),
    alternates: { canonical: path, languages },
    openGraph: {
      title,
      ...(summary ? { description: summary } : {}),
      url: path,
      siteName: "Mukti Market",
      type,
      ...(image ? { images: [{ url: image }] } : {}),
    },
  }
}
