import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { ARTISAN_MODULE } from "../../modules/artisan"
import type ArtisanModuleService from "../../modules/artisan/service"
import { dateFromIso, isoFromDate } from "../../lib/dates"
import { checkLeave, checkLeaveCancellation } from "../../lib/leave-rules"

type Service = ArtisanModuleService

async function closedPeriods(service: Service) {
  const runs = await service.listPayRuns({ status: ["approved", "paid"] }, { select: ["period_start", "period_end"] })
  return runs.map((r) => ({ start: isoFromDate(r.period_start), end: isoFromDate(r.period_end) }))
}

/** Every reason the requested days cannot be leave, or the working days they are. */
export const checkLeaveStep = createStep(
  "check-leave",
  async (input: { artisan_id: string; from: string; to: string }, { container }) => {
    const service: Service = container.resolve(ARTISAN_MODULE)
    const range = { $gte: dateFromIso(input.from), $lte: dateFromIso(input.to) }
    const [[artisan], leave, output, closed] = await Promise.all([
      service.listArtisans({ id: input.artisan_id }, { relations: ["segments"] }),
      service.listLeaveDays({ artisan_id: input.artisan_id, leave_date: range, cancelled_at: null }, { select: ["leave_date"] }),
      service.listOutputRecords({ artisan_id: input.artisan_id, work_date: range }, { select: ["work_date"] }),
      closedPeriods(service),
    ])
    if (!artisan) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No artisan with id ${input.artisan_id}.`)
    const { dates, problems } = checkLeave(input, {
      artisan,
      onLeave: new Set(leave.map((l) => isoFromDate(l.leave_date))),
      worked: new Set(output.map((o) => isoFromDate(o.work_date))),
      closedPeriods: closed,
    })
    if (problems.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join(" "))
    return new StepResponse(dates)
  }
)

export const checkLeaveCancellationStep = createStep(
  "check-leave-cancellation",
  async (input: { id: string; artisan_id: string }, { container }) => {
    const service: Service = container.resolve(ARTISAN_MODULE)
    const [leave] = await service.listLeaveDays({ id: input.id, artisan_id: input.artisan_id })
    if (!leave) throw new MedusaError(MedusaError.Types.NOT_FOUND, `This artisan has no leave record ${input.id}.`)
    if (leave.cancelled_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This leave was already cancelled.")
    const refusal = checkLeaveCancellation(leave.leave_date, await closedPeriods(service))
    if (refusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
    return new StepResponse(leave)
  }
)
