import Link from "next/link"

export function EmptyCart({ countryCode }: { countryCode: string }) {
  return (
    <div className="mt-8 rounded-md border border-thread bg-paper px-6 py-10 text-center">
      <p className="font-display text-2xl">Your cart is empty</p>
      <p className="mx-auto mt-3 max-w-md text-ink-muted">
        Every sari, quilt and necklace here was made by hand in Kolkata, and pays a fair wage to the woman who made it.
      </p>
      <Link
        href={`/${countryCode}`}
        className="mt-6 inline-block rounded-sm bg-madder px-5 py-2.5 text-sm font-semibold text-cloth hover:bg-madder-deep"
      >
        Browse the shop
      </Link>
    </div>
  )
}
