import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updatePublicConsentStep } from "./steps/artisan-record-steps"
import { checkConsentWithdrawalStep } from "./steps/check-consent-withdrawal"

/** Withdrawal takes effect at once: the store API reads consent on every request. */
export const withdrawConsentWorkflow = createWorkflow(
  "withdraw-consent",
  (input: { id: string; artisan_id: string; withdrawn_on: Date }) => {
    checkConsentWithdrawalStep(input)
    const update = transform({ input }, ({ input }) => ({ id: input.id, withdrawn_on: input.withdrawn_on }))
    return new WorkflowResponse(updatePublicConsentStep(update))
  }
)
