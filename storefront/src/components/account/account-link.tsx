import Link from "next/link"

export function AccountLink({ countryCode }: { countryCode: string }) {
  return (
    <Link
      href={`/${countryCode}/account`}
      prefetch={false}
      className="inline-flex items-center gap-1.5 rounded-sm px-2 py-1 text-sm font-medium hover:text-madder"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.6">
        <circle cx="12" cy="8" r="3.5" />
        <path d="M5 20c1.2-3.6 3.8-5.5 7-5.5s5.8 1.9 7 5.5" />
      </svg>
      {/* On a phone the icon stands alone; the word stays the link's name. */}
      <span className="sr-only sm:not-sr-only">Account</span>
    </Link>
  )
}
