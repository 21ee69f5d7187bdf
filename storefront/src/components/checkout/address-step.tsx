"use client"

import { useActionState, useRef } from "react"
import { IDLE } from "@/lib/actions/action-state"
import { saveAddress } from "@/lib/actions/checkout"
import { AddressFields, type CountryChoice } from "./address-fields"
import { FormMessage } from "./form-message"
import { SubmitButton } from "./submit-button"
import { TextField } from "./text-field"
import { useFocusFirstError } from "./use-focus-first-error"

type AddressStepProps = {
  countryCode: string
  countries: CountryChoice[]
  /** What the cart (or the signed-in customer) already holds. */
  initial: Record<string, string | undefined>
}

export function AddressStep({ countryCode, countries, initial }: AddressStepProps) {
  const [state, action] = useActionState(saveAddress, IDLE)
  const form = useRef<HTMLFormElement>(null)
  useFocusFirstError(form, state)
  const values = state.values ?? initial
  const errors = state.fieldErrors ?? {}

  return (
    <form ref={form} action={action} noValidate className="space-y-6">
      <input type="hidden" name="market" value={countryCode} />
      <FormMessage state={state} />
      <TextField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        hint="For your receipt and delivery updates. We never share it."
        defaultValue={values.email ?? ""}
        error={errors.email}
      />
      <fieldset className="space-y-4">
        <legend className="text-lg font-medium">Delivery address</legend>
        <AddressFields values={values} errors={errors} countries={countries} />
      </fieldset>
      <SubmitButton pendingLabel="Saving…">Continue to delivery</SubmitButton>
    </form>
  )
}
