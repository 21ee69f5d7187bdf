/** The part of a Medusa variant that carries its price for the current region. */
export type PricedVariant = {
  calculated_price?: {
    calculated_amount?: number | null
    original_amount?: number | null
    currency_code?: string | null
  } | null
}

export type VariantPrice = {
  amount: number
  /** The price before a sale, when the shopper is paying less than it. */
  originalAmount?: number
  currencyCode: string
}

export function variantPrice(variant: PricedVariant | null | undefined): VariantPrice | null {
  const price = variant?.calculated_price
  const amount = price?.calculated_amount
  if (typeof amount !== "number" || !price?.currency_code) return null
  const original = price.original_amount
  return {
    amount,
    currencyCode: price.currency_code,
    ...(typeof original === "number" && original > amount ? { originalAmount: original } : {}),
  }
}

export type ProductPrice = VariantPrice & {
  /** True when other variants cost more, so the amount is a "from" price. */
  varies: boolean
}

/** The price a product card shows: the cheapest variant, marked as "from" when prices differ. */
export function productPrice(variants: readonly PricedVariant[] | null | undefined): ProductPrice | null {
  const prices = (variants ?? []).map(variantPrice).filter((p): p is VariantPrice => p !== null)
  if (prices.length === 0) return null
  const cheapest = prices.reduce((low, p) => (p.amount < low.amount ? p : low))
  return { ...cheapest, varies: prices.some((p) => p.amount !== cheapest.amount) }
}
