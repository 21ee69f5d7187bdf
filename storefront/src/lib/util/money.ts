const formatters = new Map<string, Intl.NumberFormat>()

function formatterFor(currencyCode: string, locale: string): Intl.NumberFormat {
  const key = `${locale}|${currencyCode}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: "currency",
      currency: currencyCode.toUpperCase(),
      // A sari at ₹6,800 reads better than ₹6,800.00; a price with paise keeps them.
      trailingZeroDisplay: "stripIfInteger",
    })
    formatters.set(key, formatter)
  }
  return formatter
}

/**
 * Formats an amount in the currency's major unit, as Medusa v2 returns prices
 * (6800 means ₹6,800), for the given locale: en-IN groups lakhs and crores.
 */
export function formatMoney(amount: number, currencyCode: string, locale: string): string {
  return formatterFor(currencyCode, locale).format(amount)
}
