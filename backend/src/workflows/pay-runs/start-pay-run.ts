import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { computePayRunWorkflow } from "./compute-pay-run"
import { createPayRunWorkflow } from "./create-pay-run"
import type { CreatePayRunInput } from "./steps/create-pay-run"

/**
 * Creates a run and starts computing it in the background; the caller gets
 * the run at once and polls it for progress. A computation that fails leaves
 * the run in "computing" with the reason logged; recompute starts it again.
 */
export async function startPayRun(container: MedusaContainer, input: CreatePayRunInput) {
  const { result: run } = await createPayRunWorkflow(container).run({ input })
  startComputing(container, run.id)
  return run
}

export function startComputing(container: MedusaContainer, id: string): void {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  computePayRunWorkflow(container)
    .run({ input: { id } })
    .catch((error: Error) => logger.error(`Computing pay run ${id} failed: ${error.message}`))
}
