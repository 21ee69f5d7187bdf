import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ARTISAN_MODULE } from "../../../../../modules/artisan"
import type ArtisanModuleService from "../../../../../modules/artisan/service"
import { payRunIn } from "../../../../../workflows/pay-runs/steps/load-pay-run"
import { startComputing } from "../../../../../workflows/pay-runs/start-pay-run"
import { presentPayRun } from "../../presenters"

/** Starts recomputing a draft (or a run whose computation stopped); the admin polls the run. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service: ArtisanModuleService = req.scope.resolve(ARTISAN_MODULE)
  const run = await payRunIn(service, req.params.id, ["computing", "draft"], "recomputed")
  // marked before answering, so whoever polls never mistakes the old draft for the new one
  const computing = await service.updatePayRuns({ id: run.id, status: "computing", artisans_done: 0, compute_error: null })
  startComputing(req.scope, run.id)
  res.status(202).json({ pay_run: presentPayRun(computing) })
}
