import { model } from "@medusajs/framework/utils"

/**
 * A version of the wage rules (validated by @mukti/wages' schema). Versions
 * are never edited once written: a change is a new version from a date on.
 */
export const RuleSet = model.define("artisan_rule_set", {
  id: model.id({ prefix: "arule" }).primaryKey(),
  version: model.number().unique(),
  name: model.text(),
  effective_from: model.dateTime(),
  source_note: model.text(),
  rules: model.json(),
  created_by: model.text().nullable(),
})
