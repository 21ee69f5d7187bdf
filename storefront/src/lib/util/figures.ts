const formatters = new Map<string, Intl.NumberFormat>()

/** A whole count for people to read, grouped the market's way: 1,25,000 in India, 125,000 elsewhere. */
export function formatCount(count: number, locale: string): string {
  let formatter = formatters.get(locale)
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })
    formatters.set(locale, formatter)
  }
  return formatter.format(count)
}
