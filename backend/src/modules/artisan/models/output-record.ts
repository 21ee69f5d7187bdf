import { model } from "@medusajs/framework/utils"
import { Artisan } from "./artisan"
import { Task } from "./task"

/**
 * One artisan's accepted and rejected pieces of one task on one day. Never
 * edited: a correction is a new record pointing at the one it corrects, and
 * a record is locked once an approved pay run covers it.
 */
export const OutputRecord = model
  .define("artisan_output_record", {
    id: model.id({ prefix: "aout" }).primaryKey(),
    work_date: model.dateTime(),
    quantity_accepted: model.number(),
    quantity_rejected: model.number().default(0),
    minutes_worked: model.number(),
    recorded_by: model.text(),
    note: model.text().nullable(),
    idempotency_key: model.text().nullable(),
    corrects_id: model.text().nullable(),
    correction_reason: model.text().nullable(),
    locked_at: model.dateTime().nullable(),
    pay_run_id: model.text().nullable(),
    artisan: model.belongsTo(() => Artisan, { mappedBy: "outputs" }),
    task: model.belongsTo(() => Task, { mappedBy: "outputs" }),
  })
  .indexes([
    { on: ["work_date", "artisan_id"] },
    { on: ["idempotency_key"], unique: true, where: "idempotency_key IS NOT NULL AND deleted_at IS NULL" },
    { on: ["corrects_id"] },
  ])
