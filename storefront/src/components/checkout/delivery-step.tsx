"use client"

import { useActionState, useRef } from "react"
import { IDLE } from "@/lib/actions/action-state"
import { saveDelivery } from "@/lib/actions/checkout"
import { GIFT_MESSAGE_LIMIT } from "@/lib/util/gift-message"
import { FormMessage } from "./form-message"
import { SubmitButton } from "./submit-button"
import { inputClass } from "./text-field"
import { useFocusFirstError } from "./use-focus-first-error"

export type DeliveryChoice = { id: string; name: string; price: string }

type DeliveryStepProps = {
  countryCode: string
  options: DeliveryChoice[]
  chosenId?: string
  giftMessage: string
}

export function DeliveryStep({ countryCode, options, chosenId, giftMessage }: DeliveryStepProps) {
  const [state, action] = useActionState(saveDelivery, IDLE)
  const form = useRef<HTMLFormElement>(null)
  useFocusFirstError(form, state)
  const chosen = state.values?.option_id ?? chosenId ?? options[0]?.id
  const errors = state.fieldErrors ?? {}

  return (
    <form ref={form} action={action} noValidate className="space-y-6">
      <input type="hidden" name="market" value={countryCode} />
      <FormMessage state={state} />
      <fieldset aria-describedby={errors.option_id ? "delivery-error" : undefined}>
        <legend className="text-lg font-medium">Delivery option</legend>
        <div className="mt-3 space-y-2">
          {options.map((option, index) => (
            <label
              key={option.id}
              className="flex cursor-pointer items-center justify-between gap-4 rounded-sm border border-ink-muted px-4 py-3 has-checked:border-2 has-checked:border-ink has-checked:bg-paper has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-madder"
            >
              <span className="flex items-center gap-3">
                <input
                  type="radio"
                  name="option_id"
                  value={option.id}
                  defaultChecked={option.id === chosen}
                  aria-invalid={errors.option_id && index === 0 ? true : undefined}
                  className="size-4 accent-madder"
                />
                {option.name}
              </span>
              <span className="font-medium">{option.price}</span>
            </label>
          ))}
        </div>
        {errors.option_id && (
          <p id="delivery-error" className="mt-2 text-sm text-madder">
            {errors.option_id}
          </p>
        )}
      </fieldset>
      <div>
        <label htmlFor="field-gift_message" className="block text-sm font-medium">
          Gift message <span className="font-normal text-ink-muted">(optional)</span>
        </label>
        <textarea
          id="field-gift_message"
          name="gift_message"
          rows={3}
          maxLength={GIFT_MESSAGE_LIMIT + 50}
          defaultValue={state.values?.gift_message ?? giftMessage}
          aria-invalid={errors.gift_message ? true : undefined}
          aria-describedby={`gift-hint${errors.gift_message ? " gift-error" : ""}`}
          className={inputClass}
        />
        <p id="gift-hint" className="mt-1 text-xs text-ink-muted">
          We put it on a card in the parcel. Up to {GIFT_MESSAGE_LIMIT} characters.
        </p>
        {errors.gift_message && (
          <p id="gift-error" className="mt-1 text-sm text-madder">
            {errors.gift_message}
          </p>
        )}
      </div>
      <SubmitButton pendingLabel="Saving…" disabled={options.length === 0}>
        Continue to payment
      </SubmitButton>
    </form>
  )
}
