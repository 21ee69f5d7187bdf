import { z } from "@medusajs/framework/zod"

export const SetAttributionBody = z
  .object({
    shares: z
      .array(
        z.object({
          artisan_group_id: z.string({ error: "artisan_group_id is required" }).min(1),
          share_percent: z
            .number({ error: "share_percent must be a whole number" })
            .int("share_percent must be a whole number")
            .min(1, "share_percent must be at least 1")
            .max(100, "share_percent can be at most 100"),
        })
      )
      .min(1, "name at least one maker group")
      .max(10),
  })
  .refine((b) => new Set(b.shares.map((s) => s.artisan_group_id)).size === b.shares.length, {
    message: "each group may appear only once",
  })
  .refine((b) => b.shares.reduce((sum, s) => sum + s.share_percent, 0) === 100, {
    message: "the shares must add up to 100",
  })
