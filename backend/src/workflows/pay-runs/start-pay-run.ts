import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ARTISAN_MODULE } from "../../modules/artisan"
import type ArtisanModuleService from "../../modules/artisan/service"
import { computePayRunWorkflow } from "./compute-pay-run"
import { createPayRunWorkflow } from "./create-pay-run"
import type { CreatePayRunInput } from "./steps/create-pay-run"

/**
 * Creates a run and starts computing it in the background; the caller gets
 * the run at once and polls it for progress.
 */
export async function startPayRun(container: MedusaContainer, input: CreatePayRunInput) {
  const { result: run } = await createPayRunWorkflow(container).run({ input })
  startComputing(container, run.id)
  return run
}

/**
 * A computation that fails leaves the run "computing" with the reason on it,
 * so whoever polls sees why it stopped; recompute starts it again.
 */
export function startComputing(container: MedusaContainer, id: string): void {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  computePayRunWorkflow(container)
    .run({ input: { id } })
    .catch(async (error: Error) => {
      logger.error(`Computing pay run ${id} failed: ${error.message}`)
      const service: ArtisanModuleService = container.resolve(ARTISAN_MODULE)
      await service
        .updatePayRuns({ id, compute_error: `Computing stopped: ${error.message} Recompute to try again.` })
        .catch((e: Error) => logger.error(`Could not record why pay run ${id} stopped: ${e.message}`))
    })
}
