import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { OUTPUT_LOCK_KEY } from "./record-output-batch"
import { updateLeaveDayStep } from "./steps/artisan-record-steps"
import { checkLeaveCancellationStep } from "./steps/check-leave"

export const cancelLeaveWorkflow = createWorkflow(
  "cancel-leave",
  (input: { id: string; artisan_id: string; cancelled_by: string }) => {
    acquireLockStep({ key: OUTPUT_LOCK_KEY, timeout: 30, ttl: 120 })
    checkLeaveCancellationStep(input)
    const update = transform({ input }, ({ input }) => ({ id: input.id, cancelled_at: new Date(), cancelled_by: input.cancelled_by }))
    const cancelled = updateLeaveDayStep(update)
    releaseLockStep({ key: OUTPUT_LOCK_KEY })
    return new WorkflowResponse(cancelled)
  }
)
