import { model } from "@medusajs/framework/utils"
import { PieceRate } from "./piece-rate"
import { OutputRecord } from "./output-record"

export const Task = model.define("artisan_task", {
  id: model.id({ prefix: "atask" }).primaryKey(),
  code: model.text().unique(),
  name: model.text().searchable(),
  description: model.text().nullable(),
  product_variant_id: model.text().nullable(),
  is_active: model.boolean().default(true),
  rates: model.hasMany(() => PieceRate, { mappedBy: "task" }),
  outputs: model.hasMany(() => OutputRecord, { mappedBy: "task" }),
})
