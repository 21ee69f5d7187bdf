"use client"

import { useActionState } from "react"
import { IDLE } from "@/lib/actions/action-state"
import { placeOrder } from "@/lib/actions/checkout"
import { FormMessage } from "./form-message"
import { SubmitButton } from "./submit-button"

/** The last button: payment methods that need nothing more from the shopper place the order at once. */
export function PlaceOrderForm({ countryCode }: { countryCode: string }) {
  const [state, action] = useActionState(placeOrder, IDLE)
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="market" value={countryCode} />
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Placing your order…">Place order</SubmitButton>
    </form>
  )
}
