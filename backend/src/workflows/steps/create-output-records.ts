import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ARTISAN_MODULE } from "../../modules/artisan"
import type ArtisanModuleService from "../../modules/artisan/service"
import { dateFromIso } from "../../lib/dates"
import { hoursToMinutes, OutputRow } from "../../lib/output-rules"

export type NewOutputRecord = OutputRow & {
  recorded_by: string
  idempotency_key: string | null
  corrects_id?: string | null
  correction_reason?: string | null
}

export const createOutputRecordsStep = createStep(
  "create-output-records",
  async (records: NewOutputRecord[], { container }) => {
    const service: ArtisanModuleService = container.resolve(ARTISAN_MODULE)
    const created = await service.createOutputRecords(
      records.map((r) => ({
        artisan_id: r.artisan_id,
        task_id: r.task_id,
        work_date: dateFromIso(r.work_date),
        quantity_accepted: r.quantity_accepted,
        quantity_rejected: r.quantity_rejected,
        minutes_worked: hoursToMinutes(r.hours),
        note: r.note ?? null,
        recorded_by: r.recorded_by,
        idempotency_key: r.idempotency_key,
        corrects_id: r.corrects_id ?? null,
        correction_reason: r.correction_reason ?? null,
      }))
    )
    return new StepResponse(created, created.map((r) => r.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: ArtisanModuleService = container.resolve(ARTISAN_MODULE)
    await service.deleteOutputRecords(ids)
  }
)
