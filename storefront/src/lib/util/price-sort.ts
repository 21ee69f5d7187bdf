import { type PricedVariant, productPrice } from "./product-price"

type Priced = { variants?: readonly PricedVariant[] | null }

/**
 * Orders products by the price a card shows for them (the cheapest variant in the region).
 * Products with no price in the region go last either way; equal prices keep the order they
 * came in (newest first), as the sort is stable. Prices are compared, never added up.
 */
export function sortByPrice<P extends Priced>(products: readonly P[], direction: "asc" | "desc"): P[] {
  const keyed = products.map((product) => ({ product, amount: productPrice(product.variants)?.amount }))
  keyed.sort((a, b) => {
    if (a.amount === undefined || b.amount === undefined) {
      return (a.amount === undefined ? 1 : 0) - (b.amount === undefined ? 1 : 0)
    }
    return direction === "asc" ? a.amount - b.amount : b.amount - a.amount
  })
  return keyed.map(({ product }) => product)
}
