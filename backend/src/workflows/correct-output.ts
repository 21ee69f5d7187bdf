import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { checkCorrectionStep, CorrectionInput } from "./steps/check-correction"
import { createOutputRecordsStep } from "./steps/create-output-records"
import { OUTPUT_LOCK_KEY } from "./record-output-batch"

/** A correction is a new record that replaces the original; the original is kept, never edited. */
export const correctOutputWorkflow = createWorkflow("correct-output", (input: CorrectionInput) => {
  acquireLockStep({ key: OUTPUT_LOCK_KEY, timeout: 30, ttl: 120 })
  const replacement = checkCorrectionStep(input)
  const created = createOutputRecordsStep(transform({ replacement }, ({ replacement }) => [replacement]))
  releaseLockStep({ key: OUTPUT_LOCK_KEY })
  return new WorkflowResponse(transform({ created }, ({ created }) => created[0]))
})
