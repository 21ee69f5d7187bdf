import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { MedusaError } from "@medusajs/framework/utils"
import { ARTISAN_MODULE } from "../../../modules/artisan"
import type ArtisanModuleService from "../../../modules/artisan/service"
import { createArtisanGroupWorkflow } from "../../../workflows/create-artisan-group"
import type { CreateArtisanGroupBody, ListArtisanGroupsQuery } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, q, ...filters } = req.validatedQuery as z.infer<typeof ListArtisanGroupsQuery>
  const service: ArtisanModuleService = req.scope.resolve(ARTISAN_MODULE)
  const [artisan_groups, count] = await service.listAndCountArtisanGroups(
    { ...filters, ...(q ? { q } : {}) },
    { take: limit, skip: offset, order: { name: "ASC" } }
  )
  res.json({ artisan_groups, count, offset, limit })
}

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof CreateArtisanGroupBody>>, res: MedusaResponse) {
  const service: ArtisanModuleService = req.scope.resolve(ARTISAN_MODULE)
  const [clash] = await service.listArtisanGroups({ handle: req.validatedBody.handle }, { select: ["id"], withDeleted: true })
  if (clash) throw new MedusaError(MedusaError.Types.INVALID_DATA, `A group with handle ${req.validatedBody.handle} already exists.`)
  const { result } = await createArtisanGroupWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ artisan_group: result })
}
