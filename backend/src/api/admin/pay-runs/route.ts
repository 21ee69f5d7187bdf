import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { ARTISAN_MODULE } from "../../../modules/artisan"
import type ArtisanModuleService from "../../../modules/artisan/service"
import { startPayRun } from "../../../workflows/pay-runs/start-pay-run"
import { presentPayRun } from "./presenters"
import type { CreatePayRunBody, ListPayRunsQuery } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, ...filters } = req.validatedQuery as z.infer<typeof ListPayRunsQuery>
  const service: ArtisanModuleService = req.scope.resolve(ARTISAN_MODULE)
  const [runs, count] = await service.listAndCountPayRuns(filters, {
    take: limit,
    skip: offset,
    order: { period_start: "DESC" },
  })
  res.json({ pay_runs: runs.map(presentPayRun), count, offset, limit })
}

/** Creates the run and starts computing it; the admin polls the run for progress. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof CreatePayRunBody>>, res: MedusaResponse) {
  const run = await startPayRun(req.scope, { ...req.validatedBody, created_by: req.auth_context.actor_id })
  res.status(202).json({ pay_run: presentPayRun(run) })
}
