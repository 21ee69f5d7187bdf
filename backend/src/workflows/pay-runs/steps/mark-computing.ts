import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ARTISAN_MODULE } from "../../../modules/artisan"
import type ArtisanModuleService from "../../../modules/artisan/service"
import { payRunIn } from "./load-pay-run"

/** A draft goes back to computing while it is recomputed, so nobody approves it half way. */
export const markComputingStep = createStep(
  "mark-pay-run-computing",
  async (input: { id: string }, { container }) => {
    const service: ArtisanModuleService = container.resolve(ARTISAN_MODULE)
    const run = await payRunIn(service, input.id, ["computing", "draft"], "recomputed")
    await service.updatePayRuns({ id: run.id, status: "computing", artisans_done: 0 })
    return new StepResponse(run.id, { id: run.id, status: run.status, artisans_done: run.artisans_done })
  },
  async (previous, { container }) => {
    if (previous) await (container.resolve(ARTISAN_MODULE) as ArtisanModuleService).updatePayRuns(previous)
  }
)
