import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CreateAdjustmentInput, createAdjustmentStep } from "./steps/create-adjustment"

export const createAdjustmentWorkflow = createWorkflow("create-pay-adjustment", (input: CreateAdjustmentInput) => {
  return new WorkflowResponse(createAdjustmentStep(input))
})
