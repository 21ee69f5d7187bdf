import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { PAY_RUNS_LOCK } from "./lock"
import { RecordPaymentInput, recordPaymentStep } from "./steps/record-payment"

export const recordPaymentWorkflow = createWorkflow("record-pay-run-payment", (input: RecordPaymentInput) => {
  acquireLockStep({ key: PAY_RUNS_LOCK, timeout: 30, ttl: 120 })
  const payments = recordPaymentStep(input)
  releaseLockStep({ key: PAY_RUNS_LOCK })
  return new WorkflowResponse(payments)
})
