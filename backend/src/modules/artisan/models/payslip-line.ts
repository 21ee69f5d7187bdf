import { model } from "@medusajs/framework/utils"
import { Payslip } from "./payslip"

/** A line exactly as the engine returned it: a stable code, an amount in paise and the arithmetic behind it. */
export const PayslipLine = model.define("artisan_payslip_line", {
  id: model.id({ prefix: "pline" }).primaryKey(),
  position: model.number(),
  code: model.text(),
  kind: model.text(),
  label: model.text(),
  amount_paise: model.bigNumber(),
  basis: model.text(),
  payslip: model.belongsTo(() => Payslip, { mappedBy: "lines" }),
})
