import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { ARTISAN_MODULE } from "../../../../../modules/artisan"
import type ArtisanModuleService from "../../../../../modules/artisan/service"
import { dateFromIso } from "../../../../../lib/dates"
import { recordLeaveWorkflow } from "../../../../../workflows/record-leave"
import type { ListLeaveQuery, RecordLeaveBody } from "../../validators"
import { presentLeave } from "./presenter"

/** An artisan's leave, newest first; cancelled days only when asked for. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service: ArtisanModuleService = req.scope.resolve(ARTISAN_MODULE)
  await service.retrieveArtisan(req.params.id)
  const query = req.validatedQuery as z.infer<typeof ListLeaveQuery>
  const leave_date = {
    ...(query.from ? { $gte: dateFromIso(query.from) } : {}),
    ...(query.to ? { $lte: dateFromIso(query.to) } : {}),
  }
  const days = await service.listLeaveDays(
    {
      artisan_id: req.params.id,
      ...(Object.keys(leave_date).length ? { leave_date } : {}),
      ...(query.include_cancelled ? {} : { cancelled_at: null }),
    },
    { order: { leave_date: "DESC" }, take: 400 }
  )
  res.json({ leave: days.map(presentLeave) })
}

/** Records leave on every working day from `from` to `to`, or nothing, with every reason why not. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof RecordLeaveBody>>, res: MedusaResponse) {
  const service: ArtisanModuleService = req.scope.resolve(ARTISAN_MODULE)
  await service.retrieveArtisan(req.params.id)
  const { result } = await recordLeaveWorkflow(req.scope).run({
    input: { ...req.validatedBody, artisan_id: req.params.id, recorded_by: req.auth_context.actor_id },
  })
  res.status(201).json({ leave: result.map(presentLeave) })
}
