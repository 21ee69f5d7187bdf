import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ARTISAN_MODULE } from "../../../../modules/artisan"
import type ArtisanModuleService from "../../../../modules/artisan/service"
import { paise, presentPayRun } from "../presenters"

/** A run with its payslips' headline figures; lines are fetched per payslip. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service: ArtisanModuleService = req.scope.resolve(ARTISAN_MODULE)
  const run = await service.retrievePayRun(req.params.id)
  const payslips = await service.listPayslips({ pay_run_id: run.id }, { order: { artisan_code: "ASC" } })
  const payments = await service.listPayments({ pay_run_id: run.id }, { select: ["payslip_id", "reference", "method", "paid_on"] })
  const paidSlips = new Set(payments.map((p) => p.payslip_id))
  res.json({
    pay_run: {
      ...presentPayRun(run),
      payslips: payslips.map((p) => ({
        id: p.id,
        artisan_id: p.artisan_id,
        artisan_code: p.artisan_code,
        group_id: p.group_id,
        skill_grade: p.skill_grade,
        employment_kind: p.employment_kind,
        hours: p.minutes_worked / 60,
        pieces: p.pieces,
        days_worked: p.days_worked,
        gross_paise: paise(p.gross_paise),
        deductions_paise: paise(p.deductions_paise),
        net_paise: paise(p.net_paise),
        employer_paise: paise(p.employer_paise),
        effective_hourly_paise: p.effective_hourly_paise,
        floor_hourly_paise: p.floor_hourly_paise,
        living_hourly_paise: p.living_hourly_paise,
        flags: p.flags,
        paid: paidSlips.has(p.id),
      })),
    },
  })
}
