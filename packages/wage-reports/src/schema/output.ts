import { boolean, integer, pgTable, text } from "drizzle-orm/pg-core"
import { day, id, medusaTimestamps } from "./columns"

export const task = pgTable("artisan_task", {
  id: id(),
  code: text("code").notNull(),
  name: text("name").notNull(),
  description: text("description"),
  product_variant_id: text("product_variant_id"),
  is_active: boolean("is_active").notNull(),
  ...medusaTimestamps,
})

export const pieceRate = pgTable("artisan_piece_rate", {
  id: id(),
  effective_from: day("effective_from").notNull(),
  rate_paise: integer("rate_paise").notNull(),
  standard_minutes: integer("standard_minutes").notNull(),
  note: text("note"),
  task_id: text("task_id").notNull(),
  ...medusaTimestamps,
})

export const outputRecord = pgTable("artisan_output_record", {
  id: id(),
  work_date: day("work_date").notNull(),
  quantity_accepted: integer("quantity_accepted").notNull(),
  quantity_rejected: integer("quantity_rejected").notNull(),
  minutes_worked: integer("minutes_worked").notNull(),
  recorded_by: text("recorded_by").notNull(),
  note: text("note"),
  idempotency_key: text("idempotency_key"),
  corrects_id: text("corrects_id"),
  correction_reason: text("correction_reason"),
  locked_at: day("locked_at"),
  pay_run_id: text("pay_run_id"),
  artisan_id: text("artisan_id").notNull(),
  task_id: text("task_id").notNull(),
  ...medusaTimestamps,
})

export const leaveDay = pgTable("artisan_leave_day", {
  id: id(),
  leave_date: day("leave_date").notNull(),
  kind: text("kind", { enum: ["paid", "unpaid"] }).notNull(),
  note: text("note"),
  recorded_by: text("recorded_by").notNull(),
  cancelled_at: day("cancelled_at"),
  cancelled_by: text("cancelled_by"),
  artisan_id: text("artisan_id").notNull(),
  ...medusaTimestamps,
})
