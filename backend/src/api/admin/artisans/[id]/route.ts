import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { ARTISAN_MODULE } from "../../../../modules/artisan"
import type ArtisanModuleService from "../../../../modules/artisan/service"
import { updateArtisanWorkflow } from "../../../../workflows/update-artisan"
import { presentArtisan } from "../presenters"
import { tenureOf } from "../tenure"
import type { UpdateArtisanBody } from "../validators"

const RELATIONS = ["group", "segments", "consents"]

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service: ArtisanModuleService = req.scope.resolve(ARTISAN_MODULE)
  const artisan = await service.retrieveArtisan(req.params.id, { relations: RELATIONS })
  res.json({ artisan: { ...presentArtisan(artisan, req.roles ?? []), tenure: tenureOf(artisan) } })
}

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof UpdateArtisanBody>>, res: MedusaResponse) {
  const service: ArtisanModuleService = req.scope.resolve(ARTISAN_MODULE)
  await service.retrieveArtisan(req.params.id)
  if (req.validatedBody.group_id) await service.retrieveArtisanGroup(req.validatedBody.group_id)
  await updateArtisanWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  const artisan = await service.retrieveArtisan(req.params.id, { relations: RELATIONS })
  res.json({ artisan: { ...presentArtisan(artisan, req.roles ?? []), tenure: tenureOf(artisan) } })
}
