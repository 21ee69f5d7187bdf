"use server"

import { redirect } from "next/navigation"
import { rememberStripeConfirmation } from "@/lib/data/session-cookies"
import { marketByCode } from "@/lib/util/markets"

/** Keeps the token the Payment Element made until the order is placed, then goes to review. */
export async function keepStripeConfirmation(countryCode: string, tokenId: string): Promise<{ message: string }> {
  const market = marketByCode(countryCode)
  if (!market || !/^ctoken_\w+$/.test(tokenId)) return { message: "Your card details were not accepted." }
  await rememberStripeConfirmation(tokenId)
  redirect(`/${market.code}/checkout?step=review`)
}
