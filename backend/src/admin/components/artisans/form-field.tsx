import { Hint, Label } from "@medusajs/ui"
import type { ReactNode } from "react"

type FormFieldProps = { id: string; label: string; error?: string; hint?: string; children: ReactNode }

/** A label, its control and, under it, what is wrong with the value (or a hint when nothing is). */
export const FormField = ({ id, label, error, hint, children }: FormFieldProps) => (
  <div className="flex flex-col gap-y-1">
    <Label htmlFor={id} size="small" weight="plus">
      {label}
    </Label>
    {children}
    {error ? <Hint variant="error">{error}</Hint> : hint ? <Hint>{hint}</Hint> : null}
  </div>
)
