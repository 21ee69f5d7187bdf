import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { ARTISAN_MODULE } from "../../../../../modules/artisan"
import type ArtisanModuleService from "../../../../../modules/artisan/service"
import { dateFromIso } from "../../../../../lib/dates"
import { recordConsentWorkflow } from "../../../../../workflows/record-consent"
import type { RecordConsentBody } from "../../validators"

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof RecordConsentBody>>, res: MedusaResponse) {
  const service: ArtisanModuleService = req.scope.resolve(ARTISAN_MODULE)
  await service.retrieveArtisan(req.params.id)
  const body = req.validatedBody
  const { result } = await recordConsentWorkflow(req.scope).run({
    input: {
      ...body,
      signed_on: dateFromIso(body.signed_on),
      expires_on: dateFromIso(body.expires_on),
      artisan_id: req.params.id,
      recorded_by: req.auth_context.actor_id,
    },
  })
  res.status(201).json({ consent: result })
}
