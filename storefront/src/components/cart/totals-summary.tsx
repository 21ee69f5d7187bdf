import { summaryLines, type Totals } from "@/lib/util/cart-summary"

type TotalsSummaryProps = {
  totals: Totals
  locale: string
  deliveryChosen: boolean
  addressKnown: boolean
}

/** Subtotal, discount, delivery, tax and total, exactly as the backend priced them. */
export function TotalsSummary({ totals, locale, deliveryChosen, addressKnown }: TotalsSummaryProps) {
  const lines = summaryLines(totals, { locale, deliveryChosen, addressKnown })
  return (
    <dl className="space-y-2 text-sm">
      {lines.map((line) => (
        <div
          key={line.key}
          className={`flex justify-between gap-4 ${line.key === "total" ? "border-t border-thread pt-3 text-base font-semibold" : ""}`}
        >
          <dt>{line.label}</dt>
          <dd data-testid={`total-${line.key}`} className={line.key === "discount" ? "text-leaf" : undefined}>
            {line.value}
          </dd>
        </div>
      ))}
    </dl>
  )
}
