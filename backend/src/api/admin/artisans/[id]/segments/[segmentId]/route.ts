import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { updateServiceSegmentWorkflow } from "../../../../../../workflows/update-service-segment"
import type { UpdateSegmentBody } from "../../../validators"

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof UpdateSegmentBody>>, res: MedusaResponse) {
  const { result } = await updateServiceSegmentWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: req.params.segmentId, artisan_id: req.params.id },
  })
  res.json({ segment: result })
}
