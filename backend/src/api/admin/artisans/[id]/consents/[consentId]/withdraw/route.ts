import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { dateFromIso, todayInKolkata } from "../../../../../../../lib/dates"
import { withdrawConsentWorkflow } from "../../../../../../../workflows/withdraw-consent"

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await withdrawConsentWorkflow(req.scope).run({
    input: { id: req.params.consentId, artisan_id: req.params.id, withdrawn_on: dateFromIso(todayInKolkata()) },
  })
  res.json({ consent: result })
}
