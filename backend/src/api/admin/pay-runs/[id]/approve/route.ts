import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { approvePayRunWorkflow } from "../../../../../workflows/pay-runs/approve-pay-run"
import { answeringConflicts } from "../../conflict"
import { presentPayRun } from "../../presenters"
import type { ApprovePayRunBody } from "../../validators"

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof ApprovePayRunBody>>, res: MedusaResponse) {
  await answeringConflicts(res, async () => {
    const { result } = await approvePayRunWorkflow(req.scope).run({
      input: { id: req.params.id, approved_by: req.auth_context.actor_id, inputs_hash: req.validatedBody.inputs_hash },
    })
    res.json({ pay_run: presentPayRun(result) })
  })
}
