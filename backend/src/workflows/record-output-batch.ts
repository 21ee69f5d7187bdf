import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createOutputRecordsStep } from "./steps/create-output-records"
import { loadOutputBatchContextStep, OutputBatchInput, rowIdempotencyKey } from "./steps/load-output-batch-context"

/** One lock for all output recording: sheets are few a day, and this makes "already recorded" checks exact. */
export const OUTPUT_LOCK_KEY = "artisan-output-recording"

/**
 * Records a day's (or week's) sheet all-or-nothing. A sheet with any bad row
 * records nothing and returns every row's reason; a sheet submitted again
 * with the same idempotency key returns the first submission's records.
 */
export const recordOutputBatchWorkflow = createWorkflow("record-output-batch", (input: OutputBatchInput) => {
  acquireLockStep({ key: OUTPUT_LOCK_KEY, timeout: 30, ttl: 120 })
  const check = loadOutputBatchContextStep(input)
  const created = when({ check }, ({ check }) => !check.replayed.length && !check.errors.length).then(() => {
    const records = transform({ input }, ({ input }) =>
      input.rows.map((row, index) => ({
        ...row,
        recorded_by: input.recorded_by,
        idempotency_key: rowIdempotencyKey(input.idempotency_key, index),
      }))
    )
    return createOutputRecordsStep(records)
  })
  releaseLockStep({ key: OUTPUT_LOCK_KEY })
  const result = transform({ check, created }, ({ check, created }) => ({
    record_ids: check.replayed.length ? check.replayed : (created ?? []).map((r) => r.id),
    replayed: check.replayed.length > 0,
    errors: check.errors,
  }))
  return new WorkflowResponse(result)
})
