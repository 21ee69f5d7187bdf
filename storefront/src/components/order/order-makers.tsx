import Link from "next/link"
import { listProductMakers } from "@/lib/data/makers"
import type { Order } from "@/lib/data/orders"
import { joinNames } from "@/lib/util/maker-names"
import { orderMakers } from "@/lib/util/order-makers"

type OrderMakersProps = { order: Order; countryCode: string; locale: string }

/** Who made what was bought: the groups and the names their artisans chose to be known by. */
export async function OrderMakers({ order, countryCode, locale }: OrderMakersProps) {
  const products = new Map<string, string>()
  for (const item of order.items ?? []) {
    if (item.product_id) products.set(item.product_id, item.product_title ?? item.title)
  }
  const answers = await Promise.all(
    [...products].map(async ([id, title]) => {
      const makers = await listProductMakers(id)
      return { title, makers: makers.ok ? makers.data : [] }
    }),
  )
  const makers = orderMakers(answers)
  if (makers.length === 0) return null

  return (
    <section aria-labelledby="order-makers" className="rounded-md bg-paper p-6">
      <h2 id="order-makers" className="font-display text-2xl">
        Made by
      </h2>
      <ul className="mt-4 space-y-4">
        {makers.map((maker) => (
          <li key={maker.id}>
            <p>
              <Link href={`/${countryCode}/makers/${maker.handle}`} className="font-semibold text-madder underline underline-offset-4">
                {maker.name}
              </Link>
              <span className="text-ink-muted">, {maker.city}</span>
            </p>
            <p className="mt-1 text-sm">{joinNames(maker.pieces, locale)}</p>
            {maker.artisanNames.length > 0 && (
              <p className="mt-1 text-sm text-ink-muted">With the work of {joinNames(maker.artisanNames, locale)}.</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
