import type { Cart } from "@/lib/data/cart"
import { formatMoney } from "@/lib/util/money"
import { TotalsSummary } from "@/components/cart/totals-summary"

/** The cart beside the checkout: what is being bought and what it costs so far. */
export function CheckoutSummary({ cart, locale }: { cart: Cart; locale: string }) {
  return (
    <section aria-labelledby="checkout-summary" className="space-y-6 self-start rounded-md bg-paper p-6">
      <h2 id="checkout-summary" className="font-display text-2xl">
        Your order
      </h2>
      <ul className="space-y-3 text-sm">
        {(cart.items ?? []).map((item) => (
          <li key={item.id} className="flex justify-between gap-4">
            <span>
              {item.product_title ?? item.title}
              {item.variant_title && <span className="block text-ink-muted">{item.variant_title}</span>}
              <span className="block text-ink-muted">Quantity {item.quantity}</span>
            </span>
            {typeof item.subtotal === "number" && <span>{formatMoney(item.subtotal, cart.currency_code, locale)}</span>}
          </li>
        ))}
      </ul>
      <TotalsSummary
        totals={cart}
        locale={locale}
        deliveryChosen={(cart.shipping_methods?.length ?? 0) > 0}
        addressKnown={Boolean(cart.shipping_address?.country_code)}
      />
    </section>
  )
}
