import { RuleSetSchema } from "@mukti/wages"
import { z } from "@medusajs/framework/zod"
import { isoDay, pagination } from "../../validation"

export const ListRuleSetsQuery = z.object({ ...pagination })

export const CreateRuleSetBody = z.object({
  name: z.string().trim().min(3, "name needs at least 3 characters").max(120),
  effective_from: isoDay("effective_from"),
  source_note: z.string().trim().min(10, "say where the figures come from, in at least 10 characters").max(4_000),
  rules: z.unknown().superRefine((value, ctx) => {
    const parsed = RuleSetSchema.safeParse(value)
    if (parsed.success) return
    for (const issue of parsed.error.issues.slice(0, 5)) {
      ctx.addIssue({ code: "custom", message: `rules.${issue.path.join(".")}: ${issue.message}` })
    }
  }),
})
