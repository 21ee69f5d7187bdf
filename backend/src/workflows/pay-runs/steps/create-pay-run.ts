import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { ARTISAN_MODULE } from "../../../modules/artisan"
import type ArtisanModuleService from "../../../modules/artisan/service"
import { dateFromIso, isoFromDate } from "../../../lib/dates"

export type CreatePayRunInput = {
  period_start: string
  period_end: string
  holidays?: string[]
  created_by: string
}

/**
 * Opens a run for a period that overlaps no other live run, using the rule
 * set in force on the period's first day.
 */
export const createPayRunStep = createStep(
  "create-pay-run",
  async (input: CreatePayRunInput, { container }) => {
    const service: ArtisanModuleService = container.resolve(ARTISAN_MODULE)
    const start = dateFromIso(input.period_start)
    const end = dateFromIso(input.period_end)
    const [clash] = await service.listPayRuns({
      status: { $ne: "cancelled" },
      period_start: { $lte: end },
      period_end: { $gte: start },
    })
    if (clash) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `This period overlaps the ${clash.status} pay run for ${isoFromDate(clash.period_start)} to ${isoFromDate(clash.period_end)}.`
      )
    }
    const [ruleSet] = await service.listRuleSets({ effective_from: { $lte: start } }, { order: { effective_from: "DESC", version: "DESC" }, take: 1 })
    if (!ruleSet) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `No wage rule set is in force on ${input.period_start}; add one first.`)
    }
    const [run] = await service.createPayRuns([
      {
        period_start: start,
        period_end: end,
        status: "computing" as const,
        rule_set_id: ruleSet.id,
        holidays: { dates: input.holidays ?? [] },
        created_by: input.created_by,
      },
    ])
    return new StepResponse(run, run.id)
  },
  async (id, { container }) => {
    if (id) await (container.resolve(ARTISAN_MODULE) as ArtisanModuleService).deletePayRuns([id])
  }
)
