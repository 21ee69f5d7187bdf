import { model } from "@medusajs/framework/utils"
import { Payslip } from "./payslip"
import { Payment } from "./payment"

export const PAY_RUN_STATUSES = ["computing", "draft", "approved", "paid", "cancelled"] as const

/** One organisation's payroll for a period; periods of runs that are not cancelled never overlap. */
export const PayRun = model
  .define("artisan_pay_run", {
    id: model.id({ prefix: "prun" }).primaryKey(),
    period_start: model.dateTime(),
    period_end: model.dateTime(),
    status: model.enum([...PAY_RUN_STATUSES]).default("computing"),
    rule_set_id: model.text(),
    rule_set_snapshot: model.json().nullable(),
    holidays: model.json().nullable(),
    unpriced_output_ids: model.json().nullable(),
    inputs_hash: model.text().nullable(),
    artisans_total: model.number().default(0),
    artisans_done: model.number().default(0),
    totals: model.json().nullable(),
    computed_at: model.dateTime().nullable(),
    /** Why the last computation stopped, in words finance can act on; cleared when one succeeds. */
    compute_error: model.text().nullable(),
    created_by: model.text(),
    approved_by: model.text().nullable(),
    approved_at: model.dateTime().nullable(),
    paid_at: model.dateTime().nullable(),
    cancelled_at: model.dateTime().nullable(),
    payslips: model.hasMany(() => Payslip, { mappedBy: "pay_run" }),
    payments: model.hasMany(() => Payment, { mappedBy: "pay_run" }),
  })
  .indexes([{ on: ["period_start", "period_end"] }, { on: ["status"] }])
