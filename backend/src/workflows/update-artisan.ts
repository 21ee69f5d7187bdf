import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateArtisanStep } from "./steps/artisan-record-steps"
import type { CreateArtisanInput } from "./create-artisan"

export type UpdateArtisanInput = Partial<Omit<CreateArtisanInput, "segments">> & { id: string }

export const updateArtisanWorkflow = createWorkflow("update-artisan", (input: UpdateArtisanInput) => {
  return new WorkflowResponse(updateArtisanStep(input))
})
