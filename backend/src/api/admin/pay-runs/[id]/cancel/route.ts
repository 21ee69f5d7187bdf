import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelPayRunWorkflow } from "../../../../../workflows/pay-runs/cancel-pay-run"
import { presentPayRun } from "../../presenters"

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await cancelPayRunWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ pay_run: presentPayRun(result) })
}
