import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createPublicConsentsStep } from "./steps/artisan-record-steps"

export type RecordConsentInput = {
  artisan_id: string
  display_name: string
  photo_allowed: boolean
  photo_url?: string | null
  story?: string | null
  signed_on: Date
  expires_on: Date
  recorded_by: string
}

/** The terms (expiry within three years of signing) are checked at the API edge. */
export const recordConsentWorkflow = createWorkflow("record-consent", (input: RecordConsentInput) => {
  const created = createPublicConsentsStep(transform({ input }, ({ input }) => [input]))
  return new WorkflowResponse(transform({ created }, ({ created }) => created[0]))
})
