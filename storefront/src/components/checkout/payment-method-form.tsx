"use client"

import { useActionState, useRef } from "react"
import { IDLE } from "@/lib/actions/action-state"
import { savePaymentMethod } from "@/lib/actions/checkout"
import type { PaymentMethod } from "@/lib/util/payment-methods"
import { FormMessage } from "./form-message"
import { SubmitButton } from "./submit-button"
import { useFocusFirstError } from "./use-focus-first-error"

type PaymentMethodFormProps = { countryCode: string; methods: PaymentMethod[]; chosenId?: string }

/** Choosing how to pay; a card's details are asked for next, by Stripe's own fields. */
export function PaymentMethodForm({ countryCode, methods, chosenId }: PaymentMethodFormProps) {
  const [state, action] = useActionState(savePaymentMethod, IDLE)
  const form = useRef<HTMLFormElement>(null)
  useFocusFirstError(form, state)
  const chosen = chosenId ?? methods[0]?.id

  return (
    <form ref={form} action={action} noValidate className="space-y-6">
      <input type="hidden" name="market" value={countryCode} />
      <FormMessage state={state} />
      <fieldset>
        <legend className="text-lg font-medium">Payment method</legend>
        <div className="mt-3 space-y-2">
          {methods.map((method) => (
            <label
              key={method.id}
              className="flex cursor-pointer items-start gap-3 rounded-sm border border-ink-muted px-4 py-3 has-checked:border-2 has-checked:border-ink has-checked:bg-paper has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-madder"
            >
              <input
                type="radio"
                name="provider_id"
                value={method.id}
                defaultChecked={method.id === chosen}
                aria-describedby={`method-${method.id}`}
                className="mt-1 size-4 accent-madder"
              />
              <span>
                <span className="block font-medium">{method.label}</span>
                <span id={`method-${method.id}`} className="block text-sm text-ink-muted">
                  {method.description}
                </span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <SubmitButton pendingLabel="Saving…" disabled={methods.length === 0}>
        Continue to review
      </SubmitButton>
    </form>
  )
}
