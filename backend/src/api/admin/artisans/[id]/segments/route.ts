import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { ARTISAN_MODULE } from "../../../../../modules/artisan"
import type ArtisanModuleService from "../../../../../modules/artisan/service"
import { addServiceSegmentWorkflow } from "../../../../../workflows/add-service-segment"
import type { SegmentBody } from "../../validators"

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof SegmentBody>>, res: MedusaResponse) {
  const service: ArtisanModuleService = req.scope.resolve(ARTISAN_MODULE)
  await service.retrieveArtisan(req.params.id)
  const { result } = await addServiceSegmentWorkflow(req.scope).run({
    input: { ...req.validatedBody, artisan_id: req.params.id },
  })
  res.status(201).json({ segment: result })
}
