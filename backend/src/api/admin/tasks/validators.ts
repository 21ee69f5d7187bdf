import { z } from "@medusajs/framework/zod"
import { booleanQuery, isoDayAsDate, pagination } from "../../validation"

export const ListTasksQuery = z.object({
  ...pagination,
  q: z.string().max(100).optional(),
  is_active: booleanQuery.optional(),
})

export const RateBody = z.object({
  effective_from: isoDayAsDate("effective_from"),
  rate_paise: z
    .number({ error: "rate_paise must be a whole number of paise" })
    .int("rate_paise must be a whole number of paise (Rs 12.50 is 1250)")
    .min(1, "rate_paise must be more than zero")
    .max(10_000_00, "rate_paise looks too high: Rs 10,000 a piece at most"),
  standard_minutes: z
    .number({ error: "standard_minutes must be a whole number" })
    .int("standard_minutes must be a whole number")
    .min(1, "standard_minutes must be at least 1")
    .max(60 * 24 * 30, "standard_minutes can be at most 30 days of work"),
  note: z.string().max(500).nullish(),
})

export const CreateTaskBody = z.object({
  code: z
    .string()
    .trim()
    .min(2, "code needs at least 2 characters")
    .max(40)
    .regex(/^[A-Z0-9-]+$/, "code may use capital letters, digits and dashes only"),
  name: z.string().trim().min(2, "name needs at least 2 characters").max(120),
  description: z.string().max(2_000).nullish(),
  product_variant_id: z.string().nullish(),
  rates: z.array(RateBody).max(20).optional(),
})

export const UpdateTaskBody = z.object({
  name: z.string().trim().min(2, "name needs at least 2 characters").max(120).optional(),
  description: z.string().max(2_000).nullish(),
  product_variant_id: z.string().nullish(),
  is_active: z.boolean().optional(),
})
