import { model } from "@medusajs/framework/utils"

/**
 * A correction to pay already approved: it never edits the old payslip but
 * lands, as its own line, in the next draft that covers the artisan, and is
 * settled when that run is approved.
 */
export const Adjustment = model
  .define("artisan_pay_adjustment", {
    id: model.id({ prefix: "aadj" }).primaryKey(),
    artisan_id: model.text(),
    amount_paise: model.number(),
    reason: model.text(),
    corrects_payslip_id: model.text(),
    settled_pay_run_id: model.text().nullable(),
    created_by: model.text(),
  })
  .indexes([{ on: ["artisan_id", "settled_pay_run_id"] }])
