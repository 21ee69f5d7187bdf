import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateServiceSegmentStep } from "./steps/artisan-record-steps"
import { checkServiceSegmentStep } from "./steps/check-service-segment"
import type { SegmentInput } from "./create-artisan"

export type UpdateServiceSegmentInput = Partial<SegmentInput> & { id: string; artisan_id: string }

export const updateServiceSegmentWorkflow = createWorkflow("update-service-segment", (input: UpdateServiceSegmentInput) => {
  checkServiceSegmentStep(transform({ input }, ({ input }) => ({ ...input, segment_id: input.id })))
  const changes = transform({ input }, ({ input }) => {
    const { artisan_id: _artisan, ...rest } = input
    return rest
  })
  return new WorkflowResponse(updateServiceSegmentStep(changes))
})
