"use client"

import { useActionState, useRef } from "react"
import { IDLE } from "@/lib/actions/action-state"
import { addAddress } from "@/lib/actions/account"
import { AddressFields, type CountryChoice } from "@/components/checkout/address-fields"
import { FormMessage } from "@/components/checkout/form-message"
import { SubmitButton } from "@/components/checkout/submit-button"
import { useFocusFirstError } from "@/components/checkout/use-focus-first-error"

type AddAddressFormProps = { countryCode: string; countries: CountryChoice[]; defaultCountry: string }

export function AddAddressForm({ countryCode, countries, defaultCountry }: AddAddressFormProps) {
  const [state, action] = useActionState(addAddress, IDLE)
  const form = useRef<HTMLFormElement>(null)
  useFocusFirstError(form, state)
  return (
    <form ref={form} action={action} noValidate aria-labelledby="add-address" className="space-y-5">
      <h2 id="add-address" className="font-display text-2xl">
        Add address
      </h2>
      <input type="hidden" name="market" value={countryCode} />
      <FormMessage state={state} />
      <AddressFields
        values={state.values ?? { country_code: defaultCountry }}
        errors={state.fieldErrors}
        countries={countries}
      />
      <SubmitButton pendingLabel="Saving…">Save address</SubmitButton>
    </form>
  )
}
