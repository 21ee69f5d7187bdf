import type { InputHTMLAttributes } from "react"

type TextFieldProps = {
  name: string
  label: string
  error?: string
  hint?: string
  /** Shown in the label, so nobody has to guess which fields may stay empty. */
  optional?: boolean
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id">

export const inputClass =
  "mt-1 block w-full rounded-sm border border-ink-muted bg-cloth px-3 py-2 aria-[invalid=true]:border-madder aria-[invalid=true]:border-2"

/** A labelled input with its hint and error tied to it for screen readers. */
export function TextField({ name, label, error, hint, optional = false, className = "", ...input }: TextFieldProps) {
  const id = `field-${name}`
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
        {optional && <span className="font-normal text-ink-muted"> (optional)</span>}
      </label>
      <input
        id={id}
        name={name}
        required={!optional}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        className={inputClass}
        {...input}
      />
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-ink-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-madder">
          {error}
        </p>
      )}
    </div>
  )
}
