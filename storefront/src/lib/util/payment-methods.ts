/** How each payment provider is named to shoppers; ids are Medusa's `pp_<provider>_<id>`. */
const METHODS: Record<string, { label: string; description: string }> = {
  pp_stripe_stripe: { label: "Card", description: "Visa, Mastercard, American Express and more, through Stripe." },
  pp_system_default: {
    label: "Demo payment (no card is charged)",
    description: "For trying the shop: the order is placed without taking a payment.",
  },
}

export type PaymentMethod = { id: string; label: string; description: string }

/** The methods a shopper can choose, card first when there is one. */
export function paymentMethods(providerIds: readonly string[]): PaymentMethod[] {
  return providerIds
    .filter((id) => id in METHODS)
    .sort((a, b) => Number(b === "pp_stripe_stripe") - Number(a === "pp_stripe_stripe"))
    .map((id) => ({ id, ...METHODS[id] }))
}

export function paymentMethodLabel(providerId: string | null | undefined): string {
  return (providerId && METHODS[providerId]?.label) || "Payment"
}
