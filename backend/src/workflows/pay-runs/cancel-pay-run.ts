import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { cancelPayRunStep } from "./steps/cancel-pay-run"
import { PAY_RUNS_LOCK } from "./lock"

export const cancelPayRunWorkflow = createWorkflow("cancel-pay-run", (input: { id: string }) => {
  acquireLockStep({ key: PAY_RUNS_LOCK, timeout: 30, ttl: 120 })
  const run = cancelPayRunStep(input)
  releaseLockStep({ key: PAY_RUNS_LOCK })
  return new WorkflowResponse(run)
})
