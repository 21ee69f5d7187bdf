import { z } from "@medusajs/framework/zod"
import { isoDay, pagination } from "../../validation"

export const PAY_RUN_STATUSES = ["computing", "draft", "approved", "paid", "cancelled"] as const

export const ListPayRunsQuery = z.object({
  ...pagination,
  status: z.enum(PAY_RUN_STATUSES, { error: `status must be one of ${PAY_RUN_STATUSES.join(", ")}` }).optional(),
})

export const CreatePayRunBody = z
  .object({
    period_start: isoDay("period_start"),
    period_end: isoDay("period_end"),
    holidays: z.array(isoDay("each holiday")).max(31).optional(),
  })
  .refine((b) => b.period_end >= b.period_start, { message: "period_end cannot be before period_start", path: ["period_end"] })
  .refine((b) => Date.parse(b.period_end) - Date.parse(b.period_start) <= 31 * 86_400_000, {
    message: "a pay run covers at most one month",
    path: ["period_end"],
  })
  .refine((b) => (b.holidays ?? []).every((h) => h >= b.period_start && h <= b.period_end), {
    message: "holidays must fall inside the period",
    path: ["holidays"],
  })

export const ApprovePayRunBody = z.object({
  inputs_hash: z.string({ error: "inputs_hash is required: the hash shown on the draft you reviewed" }).min(16),
})

export const RecordPaymentBody = z.object({
  reference: z.string().trim().min(3, "reference needs at least 3 characters").max(100),
  method: z.enum(["bank_transfer", "cash"], { error: "method must be bank_transfer or cash" }),
  paid_on: isoDay("paid_on"),
  payslip_id: z.string().optional(),
})

export const CreateAdjustmentBody = z.object({
  corrects_payslip_id: z.string({ error: "corrects_payslip_id is required" }).min(1),
  amount_paise: z
    .number({ error: "amount_paise must be a whole number of paise" })
    .int("amount_paise must be a whole number of paise")
    .refine((n) => n !== 0, { message: "an adjustment cannot be zero" })
    .refine((n) => Math.abs(n) <= 10_00_000_00, { message: "an adjustment can be at most Rs 10,00,000" }),
  reason: z.string().trim().min(5, "say why in at least 5 characters").max(500),
})

export const ListAdjustmentsQuery = z.object({
  ...pagination,
  artisan_id: z.string().optional(),
  settled: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
})

export const TenureQuery = z.object({ as_of: isoDay("as_of").optional() })
