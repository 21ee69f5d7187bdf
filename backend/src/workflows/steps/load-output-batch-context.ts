import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ARTISAN_MODULE } from "../../modules/artisan"
import type ArtisanModuleService from "../../modules/artisan/service"
import { checkOutputRows, OutputRow, RowError } from "../../lib/output-rules"
import { loadOutputRulesContext } from "./output-rules-context"

export type OutputBatchInput = {
  idempotency_key: string
  group_id?: string
  recorded_by: string
  rows: OutputRow[]
}

export type OutputBatchCheck = {
  /** Records of an earlier submission with the same key: the batch was already recorded. */
  replayed: string[]
  errors: RowError[]
}

export const rowIdempotencyKey = (batchKey: string, index: number) => `${batchKey}#${index}`

/** Reads what a batch needs to be judged; changes nothing. */
export const loadOutputBatchContextStep = createStep(
  "load-output-batch-context",
  async (input: OutputBatchInput, { container }) => {
    const service: ArtisanModuleService = container.resolve(ARTISAN_MODULE)
    const replayed = await service.listOutputRecords(
      { idempotency_key: input.rows.map((_, i) => rowIdempotencyKey(input.idempotency_key, i)) },
      { select: ["id"] }
    )
    if (replayed.length) return new StepResponse<OutputBatchCheck>({ replayed: replayed.map((r) => r.id), errors: [] })

    const errors = checkOutputRows(input.rows, await loadOutputRulesContext(service, input.rows, input.group_id))
    return new StepResponse<OutputBatchCheck>({ replayed: [], errors })
  }
)
