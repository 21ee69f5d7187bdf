/** The checkout's steps, in the order a shopper goes through them. */
export const CHECKOUT_STEPS = ["address", "delivery", "payment", "review"] as const

export type CheckoutStep = (typeof CHECKOUT_STEPS)[number]

export const STEP_TITLES: Record<CheckoutStep, string> = {
  address: "Address",
  delivery: "Delivery",
  payment: "Payment",
  review: "Review",
}

/** The parts of a cart that show how far its checkout has come. */
export type CheckoutProgress = {
  email?: string | null
  shipping_address?: { address_1?: string | null; country_code?: string | null } | null
  shipping_methods?: ReadonlyArray<unknown> | null
  payment_collection?: { payment_sessions?: ReadonlyArray<{ status: string }> | null } | null
}

// A session that is still usable; "error" and "canceled" ones must be made again.
const LIVE_SESSION = new Set(["pending", "requires_more", "authorized"])

export function isStepComplete(step: CheckoutStep, cart: CheckoutProgress): boolean {
  switch (step) {
    case "address":
      return Boolean(cart.email && cart.shipping_address?.address_1 && cart.shipping_address.country_code)
    case "delivery":
      return (cart.shipping_methods?.length ?? 0) > 0
    case "payment":
      return (cart.payment_collection?.payment_sessions ?? []).some((session) => LIVE_SESSION.has(session.status))
    case "review":
      return false
  }
}

/** The first step not done yet: where a shopper arriving at checkout begins. */
export function firstOpenStep(cart: CheckoutProgress): CheckoutStep {
  return CHECKOUT_STEPS.find((step) => !isStepComplete(step, cart)) ?? "review"
}

/**
 * The step to show for a requested one: any step whose earlier steps are all done (so a shopper
 * can go back and change their address), otherwise the first open step. An unknown step name
 * (an old bookmark, a typo) also lands on the first open step.
 */
export function resolveStep(requested: string | null | undefined, cart: CheckoutProgress): CheckoutStep {
  const open = firstOpenStep(cart)
  const wanted = CHECKOUT_STEPS.find((step) => step === requested)
  if (!wanted) return open
  return CHECKOUT_STEPS.indexOf(wanted) <= CHECKOUT_STEPS.indexOf(open) ? wanted : open
}

export type StepState = { step: CheckoutStep; title: string; state: "done" | "current" | "upcoming"; reachable: boolean }

/** How the progress bar shows each step while `current` is on screen. */
export function stepStates(current: CheckoutStep, cart: CheckoutProgress): StepState[] {
  const open = CHECKOUT_STEPS.indexOf(firstOpenStep(cart))
  const here = CHECKOUT_STEPS.indexOf(current)
  return CHECKOUT_STEPS.map((step, index) => ({
    step,
    title: STEP_TITLES[step],
    state: index === here ? "current" : index < here || isStepComplete(step, cart) ? "done" : "upcoming",
    reachable: index <= open && index !== here,
  }))
}

export function nextStep(step: CheckoutStep): CheckoutStep {
  return CHECKOUT_STEPS[Math.min(CHECKOUT_STEPS.indexOf(step) + 1, CHECKOUT_STEPS.length - 1)]
}
