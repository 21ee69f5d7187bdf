/** A maker group as the store API lists it for one product: public fields only. */
export type ProductMakerGroup = {
  id: string
  handle: string
  name: string
  city: string
  artisans: ReadonlyArray<{ display_name: string }>
}

export type OrderMaker = {
  id: string
  handle: string
  name: string
  city: string
  /** The consented display names of the group's artisans, each once, in the order first met. */
  artisanNames: string[]
  /** Titles of the pieces in the order this group worked on. */
  pieces: string[]
}

/**
 * The makers of everything in an order: each group once, however many of its pieces were bought,
 * with the pieces it made. Only what the store API already shows (chosen names) is carried.
 */
export function orderMakers(
  products: ReadonlyArray<{ title: string; makers: readonly ProductMakerGroup[] }>,
): OrderMaker[] {
  const byId = new Map<string, OrderMaker>()
  for (const product of products) {
    for (const group of product.makers) {
      let maker = byId.get(group.id)
      if (!maker) {
        maker = { id: group.id, handle: group.handle, name: group.name, city: group.city, artisanNames: [], pieces: [] }
        byId.set(group.id, maker)
      }
      for (const artisan of group.artisans) {
        if (!maker.artisanNames.includes(artisan.display_name)) maker.artisanNames.push(artisan.display_name)
      }
      if (!maker.pieces.includes(product.title)) maker.pieces.push(product.title)
    }
  }
  return [...byId.values()]
}
