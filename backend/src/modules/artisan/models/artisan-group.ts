import { model } from "@medusajs/framework/utils"
import { Artisan } from "./artisan"

export const ArtisanGroup = model.define("artisan_group", {
  id: model.id({ prefix: "agrp" }).primaryKey(),
  name: model.text().searchable(),
  handle: model.text().unique(),
  city: model.text(),
  kind: model.enum(["unit", "centre", "cooperative"]),
  story: model.text().nullable(),
  founded_on: model.dateTime().nullable(),
  is_public: model.boolean().default(false),
  artisans: model.hasMany(() => Artisan, { mappedBy: "group" }),
})
