import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CreateRuleSetInput, createRuleSetStep } from "./steps/create-rule-set"

export const createRuleSetWorkflow = createWorkflow("create-rule-set", (input: CreateRuleSetInput) => {
  return new WorkflowResponse(createRuleSetStep(input))
})
