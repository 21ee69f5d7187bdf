import { z } from "@medusajs/framework/zod"
import { booleanQuery, handle, isoDayAsDate, pagination } from "../../validation"

export const GROUP_KINDS = ["unit", "centre", "cooperative"] as const

export const ListArtisanGroupsQuery = z.object({
  ...pagination,
  q: z.string().max(100).optional(),
  kind: z.enum(GROUP_KINDS, { error: "kind must be unit, centre or cooperative" }).optional(),
  is_public: booleanQuery.optional(),
})

export const CreateArtisanGroupBody = z.object({
  name: z.string().trim().min(2, "name needs at least 2 characters").max(120),
  handle,
  city: z.string().trim().min(2, "city is required").max(80),
  kind: z.enum(GROUP_KINDS, { error: "kind must be unit, centre or cooperative" }),
  story: z.string().max(20_000, "story can be at most 20,000 characters").nullish(),
  founded_on: isoDayAsDate("founded_on").nullish(),
  is_public: z.boolean().optional(),
})

export const UpdateArtisanGroupBody = CreateArtisanGroupBody.partial()
