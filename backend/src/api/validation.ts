import { z } from "@medusajs/framework/zod"
import { dateFromIso, isIsoDate } from "../lib/dates"

/** A calendar date written YYYY-MM-DD, kept as text so rules can compare days. */
export const isoDay = (label: string) =>
  z.string({ error: `${label} is required, written YYYY-MM-DD` }).refine(isIsoDate, {
    message: `${label} must be a real date written YYYY-MM-DD`,
  })

/** The same, converted to the midnight-UTC Date the database stores. */
export const isoDayAsDate = (label: string) => isoDay(label).transform(dateFromIso)

export const pagination = {
  limit: z.coerce.number().int().min(1, "limit must be at least 1").max(500, "limit can be at most 500").default(50),
  offset: z.coerce.number().int().min(0, "offset cannot be negative").default(0),
}

export const booleanQuery = z
  .enum(["true", "false"], { error: "must be true or false" })
  .transform((v) => v === "true")

export const handle = z
  .string()
  .min(2, "handle needs at least 2 characters")
  .max(80)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "handle may use lowercase letters, digits and single dashes only")

export const listQueryConfig = { isList: true, defaults: ["id"] }
export const retrieveQueryConfig = { defaults: ["id"] }
