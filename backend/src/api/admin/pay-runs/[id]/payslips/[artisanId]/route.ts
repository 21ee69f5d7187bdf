import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ARTISAN_MODULE } from "../../../../../../modules/artisan"
import type ArtisanModuleService from "../../../../../../modules/artisan/service"
import { paise } from "../../../presenters"

/** One artisan's payslip with every line and the arithmetic behind it. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service: ArtisanModuleService = req.scope.resolve(ARTISAN_MODULE)
  const [payslip] = await service.listPayslips(
    { pay_run_id: req.params.id, artisan_id: req.params.artisanId },
    { relations: ["lines"] }
  )
  if (!payslip) throw new MedusaError(MedusaError.Types.NOT_FOUND, "That artisan has no payslip in this pay run.")
  const { lines, ...rest } = payslip
  res.json({
    payslip: {
      ...rest,
      gross_paise: paise(payslip.gross_paise),
      deductions_paise: paise(payslip.deductions_paise),
      net_paise: paise(payslip.net_paise),
      employer_paise: paise(payslip.employer_paise),
      hours: payslip.minutes_worked / 60,
      lines: [...lines]
        .sort((a, b) => a.position - b.position)
        .map((l) => ({ code: l.code, kind: l.kind, label: l.label, amount_paise: paise(l.amount_paise), basis: l.basis })),
    },
  })
}
