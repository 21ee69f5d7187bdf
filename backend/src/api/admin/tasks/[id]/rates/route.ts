import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { setPieceRateWorkflow } from "../../../../../workflows/set-piece-rate"
import type { RateBody } from "../../validators"

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof RateBody>>, res: MedusaResponse) {
  const { result } = await setPieceRateWorkflow(req.scope).run({ input: { ...req.validatedBody, task_id: req.params.id } })
  res.status(201).json({ rate: result })
}
