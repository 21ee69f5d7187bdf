/** A gift message is printed on a card in the parcel; the card holds about this much. */
export const GIFT_MESSAGE_LIMIT = 300

/** Trims the message and drops trailing spaces on each line, keeping the shopper's line breaks. */
export function tidyGiftMessage(raw: string): string {
  return raw
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()
}

export function giftMessageProblem(message: string): string | undefined {
  const length = [...message].length
  if (length > GIFT_MESSAGE_LIMIT) {
    return `Please shorten the gift message to ${GIFT_MESSAGE_LIMIT} characters; it is ${length} now.`
  }
  return undefined
}
