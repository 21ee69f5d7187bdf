import { model } from "@medusajs/framework/utils"
import { Artisan } from "./artisan"

/**
 * A signed consent to appear on the shop. Only a consent that is signed,
 * unexpired and not withdrawn makes anything about an artisan public.
 */
export const PublicConsent = model.define("artisan_public_consent", {
  id: model.id({ prefix: "acon" }).primaryKey(),
  display_name: model.text(),
  photo_allowed: model.boolean().default(false),
  photo_url: model.text().nullable(),
  story: model.text().nullable(),
  signed_on: model.dateTime(),
  expires_on: model.dateTime(),
  withdrawn_on: model.dateTime().nullable(),
  recorded_by: model.text().nullable(),
  artisan: model.belongsTo(() => Artisan, { mappedBy: "consents" }),
})
