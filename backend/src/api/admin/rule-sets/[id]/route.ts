import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ARTISAN_MODULE } from "../../../../modules/artisan"
import type ArtisanModuleService from "../../../../modules/artisan/service"
import { isoFromDate } from "../../../../lib/dates"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service: ArtisanModuleService = req.scope.resolve(ARTISAN_MODULE)
  const rule_set = await service.retrieveRuleSet(req.params.id)
  res.json({ rule_set: { ...rule_set, effective_from: isoFromDate(rule_set.effective_from) } })
}
