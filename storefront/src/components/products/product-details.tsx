import type { HttpTypes } from "@medusajs/types"
import { AddToCart, type BuyableVariant } from "@/components/cart/add-to-cart"

const regionNames = new Intl.DisplayNames(["en"], { type: "region" })

function countryName(isoCode: string): string {
  return regionNames.of(isoCode.toUpperCase()) ?? isoCode.toUpperCase()
}

/** Only what choosing and buying a variant needs goes to the browser, not the whole product. */
function buyableVariants(product: HttpTypes.StoreProduct): BuyableVariant[] {
  return (product.variants ?? []).map((variant) => ({
    id: variant.id,
    options: (variant.options ?? []).map((option) => ({ option_id: option.option_id, value: option.value })),
    manage_inventory: variant.manage_inventory,
    allow_backorder: variant.allow_backorder,
    inventory_quantity: variant.inventory_quantity,
    calculated_price: variant.calculated_price
      ? {
          calculated_amount: variant.calculated_price.calculated_amount,
          currency_code: variant.calculated_price.currency_code,
        }
      : null,
  }))
}

/** The buy button, the maker's description and the facts a buyer checks. */
export function ProductDetails({ product }: { product: HttpTypes.StoreProduct }) {
  const facts = [
    { term: "Material", value: product.material },
    { term: "Made in", value: product.origin_country ? countryName(product.origin_country) : null },
  ].filter((fact): fact is { term: string; value: string } => Boolean(fact.value))

  return (
    <div className="space-y-6">
      <AddToCart
        options={(product.options ?? []).map((option) => ({ id: option.id, title: option.title }))}
        variants={buyableVariants(product)}
      />
      <div className="space-y-6 border-t border-thread pt-6">
        {product.description && (
          <div className="space-y-3 leading-relaxed">
            {product.description.split(/\n{2,}/).map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
          </div>
        )}
        {facts.length > 0 && (
          <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
            {facts.map((fact) => (
              <div key={fact.term} className="contents">
                <dt className="text-ink-muted">{fact.term}</dt>
                <dd>{fact.value}</dd>
              </div>
            ))}
          </dl>
        )}
      </div>
    </div>
  )
}
