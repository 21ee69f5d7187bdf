import type { Market } from "./markets"

/** The parts of a Medusa region that matching a market needs. */
export type RegionLike = {
  currency_code: string
  countries?: ReadonlyArray<{ iso_2?: string | null }> | null
}

/**
 * The backend region that serves a market: the one selling in the market's currency;
 * if several do, the one that ships to most of the market's countries.
 */
export function regionForMarket<R extends RegionLike>(regions: readonly R[], market: Market): R | undefined {
  const inCurrency = regions.filter((r) => r.currency_code.toLowerCase() === market.currencyCode)
  const coverage = (region: R) =>
    (region.countries ?? []).filter((c) => c.iso_2 && market.countries.includes(c.iso_2.toLowerCase())).length
  return inCurrency.reduce<R | undefined>((best, r) => (!best || coverage(r) > coverage(best) ? r : best), undefined)
}
