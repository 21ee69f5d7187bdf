import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { recordPaymentWorkflow } from "../../../../../workflows/pay-runs/record-payment"
import { paise } from "../../presenters"
import type { RecordPaymentBody } from "../../validators"

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof RecordPaymentBody>>, res: MedusaResponse) {
  const { result } = await recordPaymentWorkflow(req.scope).run({
    input: { ...req.validatedBody, pay_run_id: req.params.id, recorded_by: req.auth_context.actor_id },
  })
  res.status(201).json({
    payments: result.map((p) => ({ id: p.id, payslip_id: p.payslip_id, reference: p.reference, method: p.method, amount_paise: paise(p.amount_paise) })),
  })
}
