import type { ActionState } from "@/lib/actions/action-state"

/** A form's overall outcome, read out when it changes; focusable so a refused submit can land on it. */
export function FormMessage({ state }: { state: ActionState }) {
  return (
    <div role="alert" data-form-message tabIndex={-1} className="outline-none">
      {state.status === "error" && state.message && (
        <p className="rounded-sm border-l-4 border-madder bg-paper px-4 py-3 text-sm text-madder">{state.message}</p>
      )}
    </div>
  )
}
