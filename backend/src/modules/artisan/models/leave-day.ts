import { model } from "@medusajs/framework/utils"
import { Artisan } from "./artisan"

export const LEAVE_KINDS = ["paid", "unpaid"] as const

/**
 * A working day an artisan was away. Paid leave is paid at her average daily
 * earnings; unpaid leave only explains the absence. Cancelled, never deleted,
 * so the register shows what was recorded and undone.
 */
export const LeaveDay = model
  .define("artisan_leave_day", {
    id: model.id({ prefix: "leave" }).primaryKey(),
    leave_date: model.dateTime(),
    kind: model.enum([...LEAVE_KINDS]),
    note: model.text().nullable(),
    recorded_by: model.text(),
    cancelled_at: model.dateTime().nullable(),
    cancelled_by: model.text().nullable(),
    artisan: model.belongsTo(() => Artisan, { mappedBy: "leave_days" }),
  })
  .indexes([
    { on: ["artisan_id", "leave_date"], unique: true, where: "deleted_at IS NULL AND cancelled_at IS NULL" },
    { on: ["leave_date"] },
  ])
