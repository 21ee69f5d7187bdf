import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelLeaveWorkflow } from "../../../../../../../workflows/cancel-leave"
import { presentLeave } from "../../presenter"

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await cancelLeaveWorkflow(req.scope).run({
    input: { id: req.params.leaveId, artisan_id: req.params.id, cancelled_by: req.auth_context.actor_id },
  })
  res.json({ leave: presentLeave(result) })
}
