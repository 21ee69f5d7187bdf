"use client"

import { useActionState } from "react"
import { addPromotionCode, removePromotionCode } from "@/lib/actions/cart"
import { IDLE } from "@/lib/actions/action-state"

/** A field for a promotion code, and the codes already on the cart with a way to take each off. */
export function PromotionForm({ appliedCodes }: { appliedCodes: string[] }) {
  const [state, apply, applying] = useActionState(addPromotionCode, IDLE)
  const [removal, remove, removing] = useActionState(removePromotionCode, IDLE)
  const failed = state.status === "error"

  return (
    <div className="space-y-3">
      <form action={apply} className="space-y-2" noValidate>
        <label htmlFor="promotion-code" className="block text-sm font-medium">
          Promotion code
        </label>
        <div className="flex gap-2">
          <input
            id="promotion-code"
            name="code"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            defaultValue={failed ? state.values?.code : undefined}
            key={state.status === "done" ? state.message : "entry"}
            aria-invalid={failed}
            aria-describedby="promotion-message"
            className="min-w-0 flex-1 rounded-sm border border-ink-muted bg-cloth px-3 py-2"
          />
          <button
            type="submit"
            disabled={applying}
            className="rounded-sm border border-ink px-4 py-2 text-sm font-semibold hover:bg-cloth disabled:opacity-60"
          >
            {applying ? "Checking…" : "Apply"}
          </button>
        </div>
        <p id="promotion-message" aria-live="polite" className={`text-sm ${failed ? "text-madder" : "text-leaf"}`}>
          {state.message}
        </p>
      </form>
      {appliedCodes.length > 0 && (
        <ul className="flex flex-wrap gap-2" aria-label="Codes on your cart">
          {appliedCodes.map((code) => (
            <li key={code}>
              <form action={remove} className="flex items-center gap-2 rounded-sm bg-cloth px-3 py-1 text-sm">
                <input type="hidden" name="code" value={code} />
                <span className="font-medium">{code}</span>
                <button
                  type="submit"
                  disabled={removing}
                  aria-label={`Remove code ${code}`}
                  className="underline underline-offset-2"
                >
                  Remove
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      {removal.status === "error" && <p className="text-sm text-madder">{removal.message}</p>}
    </div>
  )
}
