import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { ARTISAN_MODULE } from "../../../modules/artisan"
import type ArtisanModuleService from "../../../modules/artisan/service"
import { createAdjustmentWorkflow } from "../../../workflows/pay-runs/create-adjustment"
import type { CreateAdjustmentBody, ListAdjustmentsQuery } from "../pay-runs/validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, settled, ...filters } = req.validatedQuery as z.infer<typeof ListAdjustmentsQuery>
  const service: ArtisanModuleService = req.scope.resolve(ARTISAN_MODULE)
  const where = { ...filters, ...(settled === undefined ? {} : { settled_pay_run_id: settled ? { $ne: null } : null }) }
  const [adjustments, count] = await service.listAndCountAdjustments(where, { take: limit, skip: offset, order: { created_at: "DESC" } })
  res.json({ adjustments, count, offset, limit })
}

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof CreateAdjustmentBody>>, res: MedusaResponse) {
  const { result } = await createAdjustmentWorkflow(req.scope).run({
    input: { ...req.validatedBody, created_by: req.auth_context.actor_id },
  })
  res.status(201).json({ adjustment: result })
}
