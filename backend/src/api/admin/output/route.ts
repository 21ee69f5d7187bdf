import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { ARTISAN_MODULE } from "../../../modules/artisan"
import type ArtisanModuleService from "../../../modules/artisan/service"
import { dateFromIso } from "../../../lib/dates"
import { presentOutputRecord } from "./presenters"
import type { ListOutputQuery } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, from, to, group_id, ...filters } = req.validatedQuery as z.infer<typeof ListOutputQuery>
  const service: ArtisanModuleService = req.scope.resolve(ARTISAN_MODULE)
  const where: Record<string, unknown> = { ...filters }
  if (from || to) where.work_date = { ...(from ? { $gte: dateFromIso(from) } : {}), ...(to ? { $lte: dateFromIso(to) } : {}) }
  if (group_id) {
    const members = await service.listArtisans({ group_id }, { select: ["id"] })
    where.artisan_id = filters.artisan_id ? filters.artisan_id : members.map((m) => m.id)
  }
  const [records, count] = await service.listAndCountOutputRecords(where, {
    take: limit,
    skip: offset,
    order: { work_date: "DESC", created_at: "DESC" },
    relations: ["task", "artisan"],
  })
  const ids = records.map((r) => r.id)
  const corrections = ids.length
    ? await service.listOutputRecords({ corrects_id: ids }, { select: ["id", "corrects_id"] })
    : []
  const correctedBy = new Map(corrections.map((c) => [c.corrects_id!, c.id]))
  res.json({
    output_records: records.map((r) => presentOutputRecord(r, correctedBy.get(r.id) ?? null)),
    count,
    offset,
    limit,
  })
}
