import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateArtisanGroupStep } from "./steps/artisan-record-steps"
import type { CreateArtisanGroupInput } from "./create-artisan-group"

export type UpdateArtisanGroupInput = Partial<CreateArtisanGroupInput> & { id: string }

export const updateArtisanGroupWorkflow = createWorkflow("update-artisan-group", (input: UpdateArtisanGroupInput) => {
  return new WorkflowResponse(updateArtisanGroupStep(input))
})
