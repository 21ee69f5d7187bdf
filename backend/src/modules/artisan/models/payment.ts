import { model } from "@medusajs/framework/utils"
import { PayRun } from "./pay-run"

export const PAYMENT_METHODS = ["bank_transfer", "cash"] as const

/** Money paid out against an approved run: for one payslip, or the whole run when payslip_id is empty. */
export const Payment = model.define("artisan_payment", {
  id: model.id({ prefix: "apay" }).primaryKey(),
  payslip_id: model.text().nullable(),
  reference: model.text(),
  method: model.enum([...PAYMENT_METHODS]),
  paid_on: model.dateTime(),
  amount_paise: model.bigNumber(),
  recorded_by: model.text(),
  pay_run: model.belongsTo(() => PayRun, { mappedBy: "payments" }),
})
