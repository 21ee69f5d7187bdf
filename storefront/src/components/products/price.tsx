import { formatMoney } from "@/lib/util/money"
import type { VariantPrice } from "@/lib/util/product-price"

type PriceProps = {
  price: VariantPrice
  locale: string
  /** Prefix "From" when other choices of the product cost more. */
  from?: boolean
  className?: string
}

export function Price({ price, locale, from = false, className = "" }: PriceProps) {
  const amount = formatMoney(price.amount, price.currencyCode, locale)
  return (
    <p className={className}>
      {from && <span className="text-ink-muted">From </span>}
      <span className={price.originalAmount ? "text-madder" : undefined}>{amount}</span>
      {price.originalAmount !== undefined && (
        <>
          {" "}
          <span className="sr-only">, was </span>
          <s className="text-ink-muted">{formatMoney(price.originalAmount, price.currencyCode, locale)}</s>
        </>
      )}
    </p>
  )
}
