import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateTaskStep } from "./steps/artisan-record-steps"

export type UpdateTaskInput = {
  id: string
  name?: string
  description?: string | null
  product_variant_id?: string | null
  is_active?: boolean
}

export const updateTaskWorkflow = createWorkflow("update-task", (input: UpdateTaskInput) => {
  return new WorkflowResponse(updateTaskStep(input))
})
