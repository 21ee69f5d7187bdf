"use client"

import { useEffect } from "react"

type ErrorPageProps = { error: Error & { digest?: string }; reset: () => void }

/** The last line of defence: expected failures are handled where they happen. */
export default function MarketError({ error, reset }: ErrorPageProps) {
  useEffect(() => {
    console.error(error)
  }, [error])

  return (
    <div role="alert" className="mx-auto max-w-xl px-6 py-24 text-center">
      <h1 className="font-display text-4xl">Something slipped a stitch</h1>
      <p className="mt-4 text-ink-muted">This page could not be shown. Please try again.</p>
      <button
        type="button"
        onClick={reset}
        className="mt-8 rounded-sm bg-madder px-5 py-2.5 text-sm font-semibold text-cloth hover:bg-madder-deep"
      >
        Try again
      </button>
    </div>
  )
}
