import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { payRunRegister } from "@mukti/wage-reports"
import { stringify } from "csv-stringify/sync"
import { ARTISAN_MODULE } from "../../../../../modules/artisan"
import type ArtisanModuleService from "../../../../../modules/artisan/service"
import { isoFromDate } from "../../../../../lib/dates"
import { reportsFor } from "../../../../../lib/reports-db"

const rupees = (paise: number) => (paise / 100).toFixed(2)

/** The wage register: one row per artisan, one column per payslip line code, and a totals row. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service: ArtisanModuleService = req.scope.resolve(ARTISAN_MODULE)
  const run = await service.retrievePayRun(req.params.id)
  const register = await payRunRegister(reportsFor(req.scope), run.id)
  const header = ["artisan_code", "group", "hours", "pieces", ...register.codes]
  const rows = register.rows.map((r) => [
    r.artisan_code,
    r.group_name,
    r.hours.toFixed(2),
    String(r.pieces),
    ...register.codes.map((c) => rupees(r.amounts[c] ?? 0)),
  ])
  const totals = [
    "TOTAL",
    "",
    register.rows.reduce((h, r) => h + r.hours, 0).toFixed(2),
    String(register.rows.reduce((n, r) => n + r.pieces, 0)),
    ...register.codes.map((c) => rupees(register.totals[c] ?? 0)),
  ]
  const name = `wage-register-${isoFromDate(run.period_start)}-to-${isoFromDate(run.period_end)}.csv`
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="${name}"`)
  res.send(stringify([header, ...rows, totals]))
}
