/** What a form's server action reports back to the form: shown in a live region beside it. */
export type ActionState = {
  status: "idle" | "done" | "error"
  message?: string
  /** Messages per field, for forms with several inputs. */
  fieldErrors?: Record<string, string>
  /** What the shopper typed, so a refused form keeps it. */
  values?: Record<string, string>
}

export const IDLE: ActionState = { status: "idle" }

export const failed = (message: string, extra: Omit<ActionState, "status" | "message"> = {}): ActionState => ({
  status: "error",
  message,
  ...extra,
})

export const done = (message?: string): ActionState => ({ status: "done", ...(message ? { message } : {}) })

/** A text field of a submitted form, trimmed; empty when absent. */
export function field(form: FormData, name: string): string {
  const value = form.get(name)
  return typeof value === "string" ? value.trim() : ""
}
