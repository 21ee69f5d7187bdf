import type { Rgb } from "../png"
import type { Motif } from "../pattern-image"

/** Prices in each currency's major unit, as Medusa stores them. */
export type Prices = { inr: number; usd: number; eur: number }

export type ProductSeed = {
  handle: string
  title: string
  subtitle: string
  description: string
  category: string
  motif: Motif
  palette: Rgb[]
  colours: string[]
  sizeTitle: string
  sizes: Array<{ name: string; prices: Prices }>
  material: string
  weight: number
}

/** What sets one product apart from the rest of its range. */
export type ProductDetails = Omit<ProductSeed, "category" | "sizeTitle" | "sizes">

/** A range: products of one category sold in the same sizes, each priced size by size in the order they are named. */
export const range = (category: string, sizeTitle: string, sizeNames: string[]) =>
  (product: ProductDetails, ...prices: Prices[]): ProductSeed => {
    if (prices.length !== sizeNames.length) {
      throw new Error(`${product.handle} has ${prices.length} prices for ${sizeNames.length} sizes`)
    }
    const { handle, title, subtitle, description, motif, palette, colours, material, weight } = product
    const sizes = sizeNames.map((name, i) => ({ name, prices: prices[i] }))
    return { handle, title, subtitle, description, category, motif, palette, colours, sizeTitle, sizes, material, weight }
  }
