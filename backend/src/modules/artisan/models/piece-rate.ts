import { model } from "@medusajs/framework/utils"
import { Task } from "./task"

/** The rate for a task from a date on; the one in force on a work date is the latest that began on or before it. */
export const PieceRate = model
  .define("artisan_piece_rate", {
    id: model.id({ prefix: "arate" }).primaryKey(),
    effective_from: model.dateTime(),
    rate_paise: model.number(),
    standard_minutes: model.number(),
    note: model.text().nullable(),
    task: model.belongsTo(() => Task, { mappedBy: "rates" }),
  })
  .indexes([{ on: ["task_id", "effective_from"], unique: true, where: "deleted_at IS NULL" }])
