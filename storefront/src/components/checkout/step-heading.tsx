"use client"

import { useEffect, useRef } from "react"

/**
 * The current step's heading. It takes focus when the step appears, so a keyboard or screen
 * reader user moving on from the previous step starts at the top of the new one.
 */
export function StepHeading({ children }: { children: string }) {
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    ref.current?.focus()
  }, [])
  return (
    <h2 ref={ref} tabIndex={-1} className="font-display text-2xl font-medium outline-none">
      {children}
    </h2>
  )
}
