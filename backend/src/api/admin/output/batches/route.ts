import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { ARTISAN_MODULE } from "../../../../modules/artisan"
import type ArtisanModuleService from "../../../../modules/artisan/service"
import type { OutputRow, RowError } from "../../../../lib/output-rules"
import { recordOutputBatchWorkflow } from "../../../../workflows/record-output-batch"
import { presentOutputRecord } from "../presenters"
import { OutputBatchBody, OutputRowBody } from "../validators"

function refuse(res: MedusaResponse, rowCount: number, errors: RowError[]) {
  const rows = new Set(errors.map((e) => e.index)).size
  res.status(400).json({
    type: "invalid_data",
    message: `${rows} of ${rowCount} rows cannot be recorded, so nothing was saved. Fix them and send the sheet again.`,
    errors,
  })
}

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof OutputBatchBody>>, res: MedusaResponse) {
  const { rows: rawRows, ...batch } = req.validatedBody
  const rows: OutputRow[] = []
  const shapeErrors: RowError[] = []
  rawRows.forEach((raw, index) => {
    const parsed = OutputRowBody.strict().safeParse(raw)
    if (parsed.success) rows.push(parsed.data)
    else for (const issue of parsed.error.issues) {
      const field = issue.path.length ? `${issue.path.join(".")}: ` : ""
      shapeErrors.push({ index, reason: `${field}${issue.message}` })
    }
  })
  if (shapeErrors.length) return refuse(res, rawRows.length, shapeErrors)

  const { result } = await recordOutputBatchWorkflow(req.scope).run({
    input: { ...batch, rows, recorded_by: req.auth_context.actor_id },
  })
  if (result.errors.length) return refuse(res, rows.length, result.errors)

  const service: ArtisanModuleService = req.scope.resolve(ARTISAN_MODULE)
  const records = await service.listOutputRecords({ id: result.record_ids }, { relations: ["task", "artisan"] })
  res.status(result.replayed ? 200 : 201).json({
    replayed: result.replayed,
    output_records: records.map((r) => presentOutputRecord(r, null)),
  })
}
