import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { ARTISAN_MODULE } from "../../../../modules/artisan"
import type ArtisanModuleService from "../../../../modules/artisan/service"
import { updateArtisanGroupWorkflow } from "../../../../workflows/update-artisan-group"
import type { UpdateArtisanGroupBody } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service: ArtisanModuleService = req.scope.resolve(ARTISAN_MODULE)
  const artisan_group = await service.retrieveArtisanGroup(req.params.id)
  res.json({ artisan_group })
}

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof UpdateArtisanGroupBody>>, res: MedusaResponse) {
  const service: ArtisanModuleService = req.scope.resolve(ARTISAN_MODULE)
  await service.retrieveArtisanGroup(req.params.id)
  const { result } = await updateArtisanGroupWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ artisan_group: result })
}
