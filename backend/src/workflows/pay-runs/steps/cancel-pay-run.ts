import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ARTISAN_MODULE } from "../../../modules/artisan"
import type ArtisanModuleService from "../../../modules/artisan/service"
import { payRunIn } from "./load-pay-run"

export const cancelPayRunStep = createStep(
  "cancel-pay-run",
  async (input: { id: string }, { container }) => {
    const service: ArtisanModuleService = container.resolve(ARTISAN_MODULE)
    const run = await payRunIn(service, input.id, ["computing", "draft"], "cancelled")
    const updated = await service.updatePayRuns({ id: run.id, status: "cancelled", cancelled_at: new Date() })
    return new StepResponse(updated, { id: run.id, status: run.status })
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: ArtisanModuleService = container.resolve(ARTISAN_MODULE)
    await service.updatePayRuns({ id: previous.id, status: previous.status, cancelled_at: null })
  }
)
