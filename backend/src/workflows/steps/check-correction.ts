import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { ARTISAN_MODULE } from "../../modules/artisan"
import type ArtisanModuleService from "../../modules/artisan/service"
import { isoFromDate } from "../../lib/dates"
import { checkOutputRows, OutputRow } from "../../lib/output-rules"
import { loadOutputRulesContext } from "./output-rules-context"

export type CorrectionInput = {
  original_id: string
  reason: string
  recorded_by: string
  changes: Partial<Omit<OutputRow, "artisan_id">>
}

/** Builds the replacement row for a correction, refusing locked or already-corrected records. */
export const checkCorrectionStep = createStep("check-output-correction", async (input: CorrectionInput, { container }) => {
  const service: ArtisanModuleService = container.resolve(ARTISAN_MODULE)
  const [original] = await service.listOutputRecords({ id: input.original_id })
  if (!original) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No output record with id ${input.original_id}.`)
  if (original.locked_at) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "This record is in an approved pay run and can no longer be corrected; ask finance for an adjustment in the next run."
    )
  }
  const [later] = await service.listOutputRecords({ corrects_id: original.id }, { select: ["id"] })
  if (later) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This record was already corrected by ${later.id}; correct that one instead.`)
  }
  const row: OutputRow = {
    artisan_id: original.artisan_id,
    task_id: input.changes.task_id ?? original.task_id,
    work_date: input.changes.work_date ?? isoFromDate(original.work_date),
    quantity_accepted: input.changes.quantity_accepted ?? original.quantity_accepted,
    quantity_rejected: input.changes.quantity_rejected ?? original.quantity_rejected,
    hours: input.changes.hours ?? original.minutes_worked / 60,
    note: input.changes.note ?? original.note,
  }
  const [error] = checkOutputRows([row], await loadOutputRulesContext(service, [row], undefined, original.id))
  if (error) throw new MedusaError(MedusaError.Types.INVALID_DATA, error.reason)
  return new StepResponse({
    ...row,
    recorded_by: input.recorded_by,
    idempotency_key: null,
    corrects_id: original.id,
    correction_reason: input.reason,
  })
})
