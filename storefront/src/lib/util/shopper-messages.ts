/** The part of a failed backend call that decides what a shopper reads. */
export type FailedCall = { kind: "unavailable" | "misconfigured"; message: string; status?: number }

export const BACKEND_DOWN_MESSAGE = "We could not reach the shop just now. Nothing is lost; please try again in a minute."

const GENERIC_MESSAGE = "That did not go through. Please try again."

/**
 * What a shopper reads when a cart or checkout call fails. Medusa's own messages are written
 * for developers ("Variant X does not have the required inventory"), so the known ones are
 * turned into sentences a person can act on; anything unknown gets a calm, general line.
 */
export function shopperMessage(error: FailedCall, promotionCode?: string): string {
  if (error.kind === "unavailable") return BACKEND_DOWN_MESSAGE
  const text = error.message.toLowerCase()
  if (promotionCode !== undefined && text.includes("promotion")) {
    return `"${promotionCode}" is not a code we recognise. Check the spelling, or try another code.`
  }
  if (text.includes("inventory") || text.includes("stock")) {
    return "We do not have that many of this piece ready right now. Please choose a smaller quantity."
  }
  if (text.includes("shipping") && (text.includes("option") || text.includes("method"))) {
    return "That delivery option is not available for this address. Please choose another."
  }
  if (error.status === 401) return "Please sign in again: your session has ended."
  return GENERIC_MESSAGE
}
