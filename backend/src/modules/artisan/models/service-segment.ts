import { model } from "@medusajs/framework/utils"
import { Artisan } from "./artisan"

export const EXIT_REASONS = ["resignation", "retirement", "termination", "death", "disablement", "other"] as const

/** A period of employment; tenure is computed from these, never stored. */
export const ServiceSegment = model.define("artisan_service_segment", {
  id: model.id({ prefix: "aseg" }).primaryKey(),
  hire_date: model.dateTime(),
  exit_date: model.dateTime().nullable(),
  exit_reason: model.enum([...EXIT_REASONS]).nullable(),
  earlier_service_counts: model.boolean().default(true),
  artisan: model.belongsTo(() => Artisan, { mappedBy: "segments" }),
})
