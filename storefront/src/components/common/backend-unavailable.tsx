/**
 * What a shopper sees when the catalogue cannot be read: the backend is down, slow or not
 * set up. The page around it still works; the cause is in the server log.
 */
export function BackendUnavailable({ retryHref }: { retryHref: string }) {
  return (
    <div role="status" className="rounded-md border border-thread bg-paper px-6 py-10 text-center">
      <p className="font-display text-2xl">The workshop door is closed for a moment</p>
      <p className="mx-auto mt-3 max-w-md text-ink-muted">
        We could not reach our catalogue just now. Nothing is wrong on your side; please try again in a minute.
      </p>
      <a
        href={retryHref}
        className="mt-6 inline-block rounded-sm bg-madder px-5 py-2.5 text-sm font-semibold text-cloth hover:bg-madder-deep"
      >
        Try again
      </a>
    </div>
  )
}
