import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { OUTPUT_LOCK_KEY } from "../record-output-batch"
import { PAY_RUNS_LOCK } from "./lock"
import { ApprovePayRunInput, approvePayRunStep } from "./steps/approve-pay-run"

/** Holding the output lock too means no sheet is recorded between the hash check and the approval. */
export const approvePayRunWorkflow = createWorkflow("approve-pay-run", (input: ApprovePayRunInput) => {
  acquireLockStep({ key: [PAY_RUNS_LOCK, OUTPUT_LOCK_KEY], timeout: 30, ttl: 120 })
  const run = approvePayRunStep(input)
  releaseLockStep({ key: [PAY_RUNS_LOCK, OUTPUT_LOCK_KEY] })
  return new WorkflowResponse(run)
})
