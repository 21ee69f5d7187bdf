import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fairWageSummary } from "@mukti/wage-reports"
import { ARTISAN_MODULE } from "../../../../../modules/artisan"
import type ArtisanModuleService from "../../../../../modules/artisan/service"
import { reportsFor } from "../../../../../lib/reports-db"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service: ArtisanModuleService = req.scope.resolve(ARTISAN_MODULE)
  const run = await service.retrievePayRun(req.params.id)
  res.json({ fair_wage: await fairWageSummary(reportsFor(req.scope), run.id) })
}
