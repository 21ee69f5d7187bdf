import Link from "next/link"
import type { StepState } from "@/lib/util/checkout-steps"

/** The four steps, with links back to the ones a shopper may revisit. */
export function CheckoutProgress({ steps, countryCode }: { steps: StepState[]; countryCode: string }) {
  return (
    <nav aria-label="Checkout steps">
      <ol className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        {steps.map((step, index) => {
          const label = `${index + 1}. ${step.title}`
          return (
            <li key={step.step} className="flex items-center gap-2">
              {step.state === "current" ? (
                <span aria-current="step" className="font-semibold text-madder underline underline-offset-8">
                  {label}
                </span>
              ) : step.reachable ? (
                <Link href={`/${countryCode}/checkout?step=${step.step}`} className="text-ink hover:text-madder hover:underline">
                  {label}
                  {step.state === "done" && <span className="sr-only"> (done)</span>}
                </Link>
              ) : (
                <span className="text-ink-muted">{label}</span>
              )}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
