import Link from "next/link"
import { retrieveCart } from "@/lib/data/cart"
import { pieceCount } from "@/lib/util/cart-summary"

function CartIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.6">
      <path d="M5 8h14l-1.2 12H6.2L5 8Z" />
      <path d="M9 8V6a3 3 0 0 1 6 0v2" />
    </svg>
  )
}

const linkClass = "inline-flex items-center gap-1.5 rounded-sm px-2 py-1 text-sm font-medium hover:text-madder"

/** The header's cart link while the count is on its way (or when it cannot be read). */
export function CartLinkPlaceholder({ countryCode }: { countryCode: string }) {
  return (
    <Link href={`/${countryCode}/cart`} prefetch={false} className={linkClass}>
      <CartIcon />
      <span className="sr-only sm:not-sr-only">Cart</span>
    </Link>
  )
}

/** The header's cart link with how many pieces are in the cart, read fresh on every page. */
export async function CartLink({ countryCode }: { countryCode: string }) {
  const cart = await retrieveCart()
  if (!cart.ok) return <CartLinkPlaceholder countryCode={countryCode} />
  const count = pieceCount(cart.data?.items)
  // The name is built from the visible text, so it reads "Cart, 2 items" and still contains what
  // a speech-control user sees ("Cart").
  return (
    <Link href={`/${countryCode}/cart`} prefetch={false} className={linkClass}>
      <CartIcon />
      <span className="sr-only sm:not-sr-only">Cart</span>
      <span
        aria-hidden="true"
        data-testid="cart-count"
        className="min-w-5 rounded-full bg-ink px-1.5 text-center text-xs leading-5 text-cloth"
      >
        {count}
      </span>
      <span className="sr-only">{count === 1 ? ", 1 item" : `, ${count} items`}</span>
    </Link>
  )
}
