import Link from "next/link"

/** For paths outside any market, such as an unknown region (/gb/...). */
export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-xl flex-col justify-center px-6 py-24 text-center">
      <p className="text-xs font-semibold uppercase tracking-[0.2em] text-madder">Page not found</p>
      <h1 className="mt-3 font-display text-4xl">This thread leads nowhere</h1>
      <p className="mt-4 text-ink-muted">
        We do not have a shop at this address. Mukti Market serves India, the United States and Europe.
      </p>
      <Link href="/" className="mt-8 inline-block text-sm font-semibold text-madder underline underline-offset-4">
        Go to the shop
      </Link>
    </main>
  )
}
