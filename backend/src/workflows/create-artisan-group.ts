import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createArtisanGroupsStep } from "./steps/artisan-record-steps"

export type CreateArtisanGroupInput = {
  name: string
  handle: string
  city: string
  kind: "unit" | "centre" | "cooperative"
  story?: string | null
  founded_on?: Date | null
  is_public?: boolean
}

export const createArtisanGroupWorkflow = createWorkflow("create-artisan-group", (input: CreateArtisanGroupInput) => {
  const created = createArtisanGroupsStep(transform({ input }, ({ input }) => [input]))
  return new WorkflowResponse(transform({ created }, ({ created }) => created[0]))
})
