import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import {
  AttributionInput,
  checkAttributionStep,
  replaceProductAttributionStep,
} from "./steps/replace-product-attribution"

/** Shares adding to 100 is checked at the API edge; here the groups and product must exist. */
export const setProductAttributionWorkflow = createWorkflow("set-product-attribution", (input: AttributionInput) => {
  const key = transform({ input }, ({ input }) => `product-attribution:${input.product_id}`)
  acquireLockStep({ key, timeout: 10, ttl: 30 })
  checkAttributionStep(input)
  const shares = replaceProductAttributionStep(input)
  releaseLockStep({ key })
  return new WorkflowResponse(shares)
})
