"use client"

import { useActionState, useRef } from "react"
import { IDLE } from "@/lib/actions/action-state"
import { signUp } from "@/lib/actions/account"
import { PASSWORD_MIN_LENGTH } from "@/lib/util/account-form"
import { FormMessage } from "@/components/checkout/form-message"
import { SubmitButton } from "@/components/checkout/submit-button"
import { TextField } from "@/components/checkout/text-field"
import { useFocusFirstError } from "@/components/checkout/use-focus-first-error"

export function SignUpForm({ countryCode }: { countryCode: string }) {
  const [state, action] = useActionState(signUp, IDLE)
  const form = useRef<HTMLFormElement>(null)
  useFocusFirstError(form, state)
  const values = state.values ?? {}
  const errors = state.fieldErrors ?? {}
  return (
    <form ref={form} action={action} noValidate className="space-y-5">
      <input type="hidden" name="market" value={countryCode} />
      <FormMessage state={state} />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField name="first_name" label="First name" autoComplete="given-name" defaultValue={values.first_name ?? ""} error={errors.first_name} />
        <TextField name="last_name" label="Last name" autoComplete="family-name" defaultValue={values.last_name ?? ""} error={errors.last_name} />
      </div>
      <TextField name="email" label="Email" type="email" autoComplete="email" defaultValue={values.email ?? ""} error={errors.email} />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        error={errors.password}
      />
      <SubmitButton pendingLabel="Creating your account…">Create account</SubmitButton>
    </form>
  )
}
