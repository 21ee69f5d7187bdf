import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { MedusaError } from "@medusajs/framework/utils"
import { ARTISAN_MODULE } from "../../../modules/artisan"
import type ArtisanModuleService from "../../../modules/artisan/service"
import { canSeePrivateFields } from "../../access/roles"
import { createArtisanWorkflow } from "../../../workflows/create-artisan"
import { presentArtisan } from "./presenters"
import type { CreateArtisanBody, ListArtisansQuery } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, q, active, ...filters } = req.validatedQuery as z.infer<typeof ListArtisansQuery>
  const roles = req.roles ?? []
  const service: ArtisanModuleService = req.scope.resolve(ARTISAN_MODULE)
  const where: Record<string, unknown> = { ...filters }
  if (q) {
    const like = { $ilike: `%${q}%` }
    // only register keepers may find someone by her legal name
    where.$or = canSeePrivateFields(roles) ? [{ code: like }, { legal_name: like }] : [{ code: like }]
  }
  if (active !== undefined) {
    const open = await service.listServiceSegments({ exit_date: null }, { select: ["artisan_id"] })
    const trainees = await service.listArtisans({ employment_kind: "trainee" }, { select: ["id"] })
    const ids = [...new Set([...open.map((s) => s.artisan_id), ...trainees.map((t) => t.id)])]
    where.id = active ? ids : { $nin: ids }
  }
  const [artisans, count] = await service.listAndCountArtisans(where, {
    take: limit,
    skip: offset,
    order: { code: "ASC" },
    relations: ["group", "segments"],
  })
  res.json({ artisans: artisans.map((a) => presentArtisan(a, roles)), count, offset, limit })
}

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof CreateArtisanBody>>, res: MedusaResponse) {
  const service: ArtisanModuleService = req.scope.resolve(ARTISAN_MODULE)
  await service.retrieveArtisanGroup(req.validatedBody.group_id)
  const [clash] = await service.listArtisans({ code: req.validatedBody.code }, { select: ["id"], withDeleted: true })
  if (clash) throw new MedusaError(MedusaError.Types.INVALID_DATA, `An artisan with code ${req.validatedBody.code} already exists.`)
  const { result } = await createArtisanWorkflow(req.scope).run({ input: req.validatedBody })
  const artisan = await service.retrieveArtisan(result.id, { relations: ["group", "segments"] })
  res.status(201).json({ artisan: presentArtisan(artisan, req.roles ?? []) })
}
