import { formatMoney } from "./money"

/** The totals Medusa computes for a cart or an order, in the currency's major unit. */
export type Totals = {
  currency_code: string
  item_subtotal?: number | null
  discount_subtotal?: number | null
  shipping_subtotal?: number | null
  tax_total?: number | null
  total?: number | null
}

export type SummaryLine = {
  key: "subtotal" | "discount" | "delivery" | "tax" | "total"
  label: string
  value: string
}

type SummaryContext = {
  locale: string
  /** A delivery option has been chosen, so its price is known. */
  deliveryChosen: boolean
  /** The shipping address is known, so tax is final. */
  addressKnown: boolean
}

// U+2212, which screen readers say as "minus" where a hyphen is often skipped.
const MINUS = "\u2212"

/**
 * The lines of an order summary. Every figure is Medusa's own: the storefront formats
 * amounts and never adds them up, so what a shopper reads is what they are charged.
 * The lines read as a sum: subtotal, less discount, plus delivery and tax, equals total.
 */
export function summaryLines(totals: Totals, { locale, deliveryChosen, addressKnown }: SummaryContext): SummaryLine[] {
  const money = (amount: number | null | undefined) => formatMoney(amount ?? 0, totals.currency_code, locale)
  const lines: SummaryLine[] = [{ key: "subtotal", label: "Subtotal", value: money(totals.item_subtotal) }]
  const discount = totals.discount_subtotal ?? 0
  if (discount > 0) lines.push({ key: "discount", label: "Discount", value: `${MINUS}${money(discount)}` })
  const shipping = totals.shipping_subtotal ?? 0
  lines.push({
    key: "delivery",
    label: "Delivery",
    value: !deliveryChosen ? "Chosen at checkout" : shipping === 0 ? "Free" : money(shipping),
  })
  const tax = totals.tax_total ?? 0
  lines.push({ key: "tax", label: "Tax", value: !addressKnown && tax === 0 ? "Calculated at checkout" : money(tax) })
  lines.push({ key: "total", label: "Total", value: money(totals.total) })
  return lines
}

/** How many pieces are in a cart: the figure beside the header's cart icon. */
export function pieceCount(items: ReadonlyArray<{ quantity: number }> | null | undefined): number {
  return (items ?? []).reduce((count, item) => count + item.quantity, 0)
}
