import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createServiceSegmentsStep } from "./steps/artisan-record-steps"
import { checkServiceSegmentStep } from "./steps/check-service-segment"
import type { SegmentInput } from "./create-artisan"

export type AddServiceSegmentInput = SegmentInput & { artisan_id: string }

export const addServiceSegmentWorkflow = createWorkflow("add-service-segment", (input: AddServiceSegmentInput) => {
  checkServiceSegmentStep(input)
  const created = createServiceSegmentsStep(transform({ input }, ({ input }) => [input]))
  return new WorkflowResponse(transform({ created }, ({ created }) => created[0]))
})
