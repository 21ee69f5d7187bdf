import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { PAY_RUNS_LOCK } from "./lock"
import { CreatePayRunInput, createPayRunStep } from "./steps/create-pay-run"

/** Opens a run for a period; computing it is a separate workflow the route starts without waiting. */
export const createPayRunWorkflow = createWorkflow("create-pay-run", (input: CreatePayRunInput) => {
  acquireLockStep({ key: PAY_RUNS_LOCK, timeout: 30, ttl: 120 })
  const run = createPayRunStep(input)
  releaseLockStep({ key: PAY_RUNS_LOCK })
  return new WorkflowResponse(run)
})
