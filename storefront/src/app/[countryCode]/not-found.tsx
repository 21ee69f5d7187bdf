import Link from "next/link"

/** An unknown product or category inside a market; the header and footer stay around it. */
export default function MarketNotFound() {
  return (
    <div className="mx-auto max-w-xl px-6 py-24 text-center">
      <p className="text-xs font-semibold uppercase tracking-[0.2em] text-madder">Page not found</p>
      <h1 className="mt-3 font-display text-4xl">This piece is not on our shelves</h1>
      <p className="mt-4 text-ink-muted">It may have sold out for good, or the link has a typo.</p>
      <Link href="/" className="mt-8 inline-block text-sm font-semibold text-madder underline underline-offset-4">
        Back to the collection
      </Link>
    </div>
  )
}
