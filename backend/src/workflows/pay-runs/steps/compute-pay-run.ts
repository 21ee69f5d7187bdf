import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ARTISAN_MODULE } from "../../../modules/artisan"
import type ArtisanModuleService from "../../../modules/artisan/service"
import { computePayRun } from "../../../lib/payroll/compute"
import { payRunIn } from "./load-pay-run"

/** Computes a run (new or a draft being recomputed); the replacement is one transaction, so there is nothing to undo. */
export const computePayRunStep = createStep("compute-pay-run", async (input: { id: string }, { container }) => {
  const service: ArtisanModuleService = container.resolve(ARTISAN_MODULE)
  await payRunIn(service, input.id, ["computing", "draft"], "computed")
  const result = await computePayRun(service, container.resolve(ContainerRegistrationKeys.PG_CONNECTION), input.id)
  return new StepResponse(result)
})
