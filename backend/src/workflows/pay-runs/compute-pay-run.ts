import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { computePayRunStep } from "./steps/compute-pay-run"
import { markComputingStep } from "./steps/mark-computing"

/** Computes or recomputes a run's payslips from the output, adjustments and rules as they are now. */
export const computePayRunWorkflow = createWorkflow("compute-pay-run", (input: { id: string }) => {
  markComputingStep(input)
  return new WorkflowResponse(computePayRunStep(input))
})
