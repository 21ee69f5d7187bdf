"use client"

import { type RefObject, useEffect } from "react"
import type { ActionState } from "@/lib/actions/action-state"

/** After a refused submit, puts the cursor in the first field that needs fixing. */
export function useFocusFirstError(form: RefObject<HTMLFormElement | null>, state: ActionState): void {
  useEffect(() => {
    if (state.status !== "error") return
    const invalid = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')
    ;(invalid ?? form.current?.querySelector<HTMLElement>("[data-form-message]"))?.focus()
  }, [form, state])
}
