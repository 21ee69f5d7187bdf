"use client"

import { useFormStatus } from "react-dom"

type SubmitButtonProps = { children: string; pendingLabel: string; disabled?: boolean }

export function SubmitButton({ children, pendingLabel, disabled = false }: SubmitButtonProps) {
  const { pending } = useFormStatus()
  return (
    <button
      type="submit"
      disabled={pending || disabled}
      className="w-full rounded-sm bg-madder px-6 py-3 font-semibold text-cloth hover:bg-madder-deep disabled:cursor-wait disabled:opacity-70 sm:w-auto"
    >
      {pending ? pendingLabel : children}
    </button>
  )
}
