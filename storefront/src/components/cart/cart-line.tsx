import { StaticImage } from "@/components/common/static-image"
import Link from "next/link"
import type { HttpTypes } from "@medusajs/types"
import { formatMoney } from "@/lib/util/money"
import { LineQuantity } from "./line-quantity"

type CartLineProps = {
  item: HttpTypes.StoreCartLineItem
  currencyCode: string
  locale: string
  countryCode: string
}

/** One line of the cart: the piece, its price, and how many. */
export function CartLine({ item, currencyCode, locale, countryCode }: CartLineProps) {
  const title = item.product_title ?? item.title
  const name = item.variant_title ? `${title} (${item.variant_title})` : title
  const money = (amount: number) => formatMoney(amount, currencyCode, locale)

  return (
    <li className="flex gap-4 py-6">
      <div className="relative h-28 w-22 shrink-0 overflow-hidden rounded-sm bg-paper">
        {item.thumbnail && <StaticImage src={item.thumbnail} alt="" fill sizes="88px" className="object-cover" />}
      </div>
      <div className="flex flex-1 flex-col gap-3">
        <div className="flex justify-between gap-4">
          <div>
            <p className="font-medium">
              {item.product_handle ? (
                <Link href={`/${countryCode}/products/${item.product_handle}`} className="hover:underline">
                  {title}
                </Link>
              ) : (
                title
              )}
            </p>
            {item.variant_title && <p className="text-sm text-ink-muted">{item.variant_title}</p>}
            <p className="text-sm text-ink-muted">{money(item.unit_price)} each</p>
          </div>
          {typeof item.subtotal === "number" && <p className="font-medium">{money(item.subtotal)}</p>}
        </div>
        <LineQuantity lineId={item.id} quantity={item.quantity} name={name} />
      </div>
    </li>
  )
}
