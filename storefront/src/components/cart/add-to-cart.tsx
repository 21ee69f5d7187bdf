"use client"

import Link from "next/link"
import { useParams } from "next/navigation"
import { useActionState, useMemo } from "react"
import { addToCart } from "@/lib/actions/cart"
import { IDLE } from "@/lib/actions/action-state"
import { productOptionChoices } from "@/lib/util/product-options"
import { type PricedVariant, variantPrice } from "@/lib/util/product-price"
import { isVariantAvailable, type SelectableVariant } from "@/lib/util/variant-selection"
import { usePickedVariant } from "./use-picked-variant"

export type BuyableVariant = SelectableVariant & PricedVariant

type AddToCartProps = {
  options: ReadonlyArray<{ id: string; title: string }>
  variants: BuyableVariant[]
}

/** The product page's buy button: adds the variant chosen above it, one piece at a time. */
export function AddToCart({ options, variants }: AddToCartProps) {
  const { countryCode } = useParams<{ countryCode: string }>()
  const choices = useMemo(() => productOptionChoices({ options, variants }), [options, variants])
  const variant = usePickedVariant(choices, variants)
  const [state, action, pending] = useActionState(addToCart, IDLE)

  const buyable = variant && isVariantAvailable(variant) && variantPrice(variant) !== null
  const label = pending ? "Adding…" : !variant ? "Choose a colour and size" : buyable ? "Add to cart" : "Sold out"

  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="market" value={countryCode} />
      <input type="hidden" name="variant_id" value={variant?.id ?? ""} />
      <button
        type="submit"
        disabled={!buyable || pending}
        className="w-full rounded-sm bg-madder px-6 py-3.5 text-base font-semibold text-cloth hover:bg-madder-deep disabled:cursor-not-allowed disabled:bg-ink-muted"
      >
        {label}
      </button>
      <div aria-live="polite" className="min-h-6 text-sm">
        {state.status === "done" && (
          <p className="text-leaf">
            {state.message}{" "}
            <Link href={`/${countryCode}/cart`} className="font-semibold underline underline-offset-4">
              View cart
            </Link>
          </p>
        )}
        {state.status === "error" && <p className="text-madder">{state.message}</p>}
      </div>
    </form>
  )
}
