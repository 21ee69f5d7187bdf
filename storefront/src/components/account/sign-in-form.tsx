"use client"

import { useActionState, useRef } from "react"
import { IDLE } from "@/lib/actions/action-state"
import { signIn } from "@/lib/actions/account"
import { FormMessage } from "@/components/checkout/form-message"
import { SubmitButton } from "@/components/checkout/submit-button"
import { TextField } from "@/components/checkout/text-field"
import { useFocusFirstError } from "@/components/checkout/use-focus-first-error"

export function SignInForm({ countryCode, next }: { countryCode: string; next?: string }) {
  const [state, action] = useActionState(signIn, IDLE)
  const form = useRef<HTMLFormElement>(null)
  useFocusFirstError(form, state)
  return (
    <form ref={form} action={action} noValidate className="space-y-5">
      <input type="hidden" name="market" value={countryCode} />
      {next && <input type="hidden" name="next" value={next} />}
      <FormMessage state={state} />
      <TextField name="email" label="Email" type="email" autoComplete="email" defaultValue={state.values?.email ?? ""} />
      <TextField name="password" label="Password" type="password" autoComplete="current-password" />
      <SubmitButton pendingLabel="Signing in…">Sign in</SubmitButton>
    </form>
  )
}
