import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { dateFromIso } from "../lib/dates"
import { OUTPUT_LOCK_KEY } from "./record-output-batch"
import { createLeaveDaysStep } from "./steps/artisan-record-steps"
import { checkLeaveStep } from "./steps/check-leave"

export type RecordLeaveInput = {
  artisan_id: string
  from: string
  to: string
  kind: "paid" | "unpaid"
  note?: string | null
  recorded_by: string
}

/**
 * Records leave on each working day of a range, all or none. It takes the
 * output lock that approval takes too, so a run is never approved between the
 * check and the write.
 */
export const recordLeaveWorkflow = createWorkflow("record-leave", (input: RecordLeaveInput) => {
  acquireLockStep({ key: OUTPUT_LOCK_KEY, timeout: 30, ttl: 120 })
  const dates = checkLeaveStep(input)
  const records = transform({ input, dates }, ({ input, dates }) =>
    dates.map((day) => ({
      artisan_id: input.artisan_id,
      leave_date: dateFromIso(day),
      kind: input.kind,
      note: input.note ?? null,
      recorded_by: input.recorded_by,
    }))
  )
  const created = createLeaveDaysStep(records)
  releaseLockStep({ key: OUTPUT_LOCK_KEY })
  return new WorkflowResponse(created)
})
