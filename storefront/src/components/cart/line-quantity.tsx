"use client"

import { useActionState } from "react"
import { changeQuantity, removeLine } from "@/lib/actions/cart"
import { IDLE } from "@/lib/actions/action-state"

type LineQuantityProps = { lineId: string; quantity: number; name: string }

const stepper =
  "inline-flex size-9 items-center justify-center rounded-sm border border-ink-muted text-lg hover:bg-paper disabled:opacity-50"

/** Fewer, more or none of one cart line; plain forms, so they work before the page's script loads. */
export function LineQuantity({ lineId, quantity, name }: LineQuantityProps) {
  const [changed, change, changing] = useActionState(changeQuantity, IDLE)
  const [removed, remove, removing] = useActionState(removeLine, IDLE)
  const pending = changing || removing
  const error = [changed, removed].find((state) => state.status === "error")?.message

  return (
    <div aria-busy={pending}>
      <div className="flex items-center gap-3">
        <form action={change} className="flex items-center gap-3">
          <input type="hidden" name="line_id" value={lineId} />
          <button
            type="submit"
            name="quantity"
            value={quantity - 1}
            disabled={pending || quantity <= 1}
            aria-label={`Decrease quantity of ${name}`}
            className={stepper}
          >
            −
          </button>
          <span data-testid="line-quantity" className="min-w-6 text-center">
            <span className="sr-only">Quantity: </span>
            {quantity}
          </span>
          <button
            type="submit"
            name="quantity"
            value={quantity + 1}
            disabled={pending}
            aria-label={`Increase quantity of ${name}`}
            className={stepper}
          >
            +
          </button>
        </form>
        <form action={remove} className="ml-auto">
          <input type="hidden" name="line_id" value={lineId} />
          <button
            type="submit"
            disabled={pending}
            aria-label={`Remove ${name}`}
            className="text-sm text-madder underline underline-offset-2 hover:text-madder-deep"
          >
            Remove
          </button>
        </form>
      </div>
      <p aria-live="polite" className="mt-2 text-sm text-madder empty:hidden">
        {error}
      </p>
    </div>
  )
}
