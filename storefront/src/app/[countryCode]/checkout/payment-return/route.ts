import { type NextRequest, NextResponse } from "next/server"
import { retrieveCart } from "@/lib/data/cart"
import { completeCart } from "@/lib/data/checkout"
import { forgetCartId, forgetStripeConfirmation } from "@/lib/data/session-cookies"
import { marketByCode } from "@/lib/util/markets"

type Context = { params: Promise<{ countryCode: string }> }

/**
 * Where Stripe sends a shopper back after approving a payment with their bank. A succeeded or
 * processing payment places the order; anything else returns them to the payment step.
 */
export async function GET(request: NextRequest, { params }: Context) {
  const { countryCode } = await params
  const market = marketByCode(countryCode)
  const to = (path: string) => NextResponse.redirect(new URL(path, request.nextUrl.origin))
  if (!market) return to("/")
  const status = request.nextUrl.searchParams.get("redirect_status")
  const retry = to(`/${market.code}/checkout?step=payment&payment=declined`)
  if (status !== "succeeded" && status !== "processing") return retry

  const cart = await retrieveCart()
  if (!cart.ok || !cart.data) return to(`/${market.code}/cart`)
  const completion = await completeCart(cart.data.id)
  if (!completion.ok || !completion.data.placed) return retry
  await forgetCartId()
  await forgetStripeConfirmation()
  return to(`/${market.code}/order/${completion.data.order.id}/confirmed`)
}
