import { z } from "@medusajs/framework/zod"
import { isoDay, pagination } from "../../validation"

export const MAX_BATCH_ROWS = 500

export const OutputRowBody = z.object({
  artisan_id: z.string({ error: "artisan_id is required" }).min(1, "artisan_id is required"),
  task_id: z.string({ error: "task_id is required" }).min(1, "task_id is required"),
  work_date: isoDay("work_date"),
  quantity_accepted: z
    .number({ error: "quantity_accepted must be a whole number" })
    .int("quantity_accepted must be a whole number")
    .min(0, "quantity_accepted cannot be negative")
    .max(10_000, "quantity_accepted looks too high (10,000 at most)"),
  quantity_rejected: z
    .number({ error: "quantity_rejected must be a whole number" })
    .int("quantity_rejected must be a whole number")
    .min(0, "quantity_rejected cannot be negative")
    .max(10_000, "quantity_rejected looks too high (10,000 at most)")
    .default(0),
  hours: z
    .number({ error: "hours must be a number" })
    .gt(0, "hours must be more than zero")
    .max(16, "hours can be at most 16 in a day")
    .refine((h) => Number.isInteger(Math.round(h * 100)) && Math.abs(h * 100 - Math.round(h * 100)) < 1e-9, {
      message: "hours can have at most two decimals",
    }),
  note: z.string().max(500, "note can be at most 500 characters").nullish(),
})

export const OutputBatchBody = z.object({
  idempotency_key: z
    .string({ error: "idempotency_key is required: any unique text per sheet, e.g. a UUID" })
    .min(8, "idempotency_key needs at least 8 characters")
    .max(100),
  group_id: z.string().optional(),
  // rows are checked one by one in the route, so each bad row is reported by its index
  rows: z
    .array(z.unknown(), { error: "rows must be a list" })
    .min(1, "a sheet needs at least one row")
    .max(MAX_BATCH_ROWS, `a sheet can have at most ${MAX_BATCH_ROWS} rows; split it`),
})

export const CorrectionBody = z
  .object({
    reason: z.string().trim().min(5, "say why in at least 5 characters").max(500),
    task_id: z.string().optional(),
    work_date: isoDay("work_date").optional(),
    quantity_accepted: OutputRowBody.shape.quantity_accepted.optional(),
    quantity_rejected: z.number().int("quantity_rejected must be a whole number").min(0).max(10_000).optional(),
    hours: OutputRowBody.shape.hours.optional(),
    note: z.string().max(500).nullish(),
  })
  .refine(
    (c) => ["task_id", "work_date", "quantity_accepted", "quantity_rejected", "hours", "note"].some((k) => k in c),
    { message: "a correction must change at least one of task_id, work_date, quantities, hours or note" }
  )

export const ListOutputQuery = z.object({
  ...pagination,
  group_id: z.string().optional(),
  artisan_id: z.string().optional(),
  task_id: z.string().optional(),
  from: isoDay("from").optional(),
  to: isoDay("to").optional(),
})
