import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createPieceRatesStep } from "./steps/artisan-record-steps"
import { checkPieceRateStep } from "./steps/check-piece-rate"
import type { RateInput } from "./create-task"

/** Rates are never edited: a change is a new rate from a date on. */
export const setPieceRateWorkflow = createWorkflow("set-piece-rate", (input: RateInput & { task_id: string }) => {
  checkPieceRateStep(input)
  const created = createPieceRatesStep(transform({ input }, ({ input }) => [input]))
  return new WorkflowResponse(transform({ created }, ({ created }) => created[0]))
})
