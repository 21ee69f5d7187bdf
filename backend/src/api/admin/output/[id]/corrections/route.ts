import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { correctOutputWorkflow } from "../../../../../workflows/correct-output"
import { presentOutputRecord } from "../../presenters"
import type { CorrectionBody } from "../../validators"

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof CorrectionBody>>, res: MedusaResponse) {
  const { reason, ...changes } = req.validatedBody
  const { result } = await correctOutputWorkflow(req.scope).run({
    input: { original_id: req.params.id, reason, changes, recorded_by: req.auth_context.actor_id },
  })
  res.status(201).json({ output_record: presentOutputRecord(result, null) })
}
