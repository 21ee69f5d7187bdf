import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { retentionByGroup } from "@mukti/wage-reports"
import { ARTISAN_MODULE } from "../../../../modules/artisan"
import type ArtisanModuleService from "../../../../modules/artisan/service"
import { todayInKolkata } from "../../../../lib/dates"
import { reportsFor } from "../../../../lib/reports-db"
import { tenureOf } from "../../artisans/tenure"
import type { TenureQuery } from "../../pay-runs/validators"

/** Service, continuous years and gratuity due per artisan, and retention at 12, 24 and 60 months per group. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const asOf = (req.validatedQuery as z.infer<typeof TenureQuery>).as_of ?? todayInKolkata()
  const service: ArtisanModuleService = req.scope.resolve(ARTISAN_MODULE)
  const artisans = await service.listArtisans({}, { relations: ["segments", "group"], order: { code: "ASC" } })
  res.json({
    as_of: asOf,
    artisans: artisans.map((a) => {
      const tenure = tenureOf(a, asOf)
      return {
        id: a.id,
        code: a.code,
        group: a.group.name,
        employment_kind: a.employment_kind,
        total_service: tenure.total,
        continuous_service: tenure.continuous,
        continuous_years: tenure.completed_years_for_gratuity,
        gratuity_due: tenure.gratuity_due,
        years_since_freedom: tenure.years_since_freedom,
      }
    }),
    retention: await retentionByGroup(reportsFor(req.scope), asOf),
  })
}
