import { boolean, jsonb, pgTable, text } from "drizzle-orm/pg-core"
import { day, id, medusaTimestamps } from "./columns"

export const artisanGroup = pgTable("artisan_group", {
  id: id(),
  name: text("name").notNull(),
  handle: text("handle").notNull(),
  city: text("city").notNull(),
  kind: text("kind", { enum: ["unit", "centre", "cooperative"] }).notNull(),
  story: text("story"),
  founded_on: day("founded_on"),
  is_public: boolean("is_public").notNull(),
  ...medusaTimestamps,
})

export const artisan = pgTable("artisan", {
  id: id(),
  code: text("code").notNull(),
  legal_name: text("legal_name").notNull(),
  personal_details: jsonb("personal_details"),
  skill_grade: text("skill_grade", { enum: ["unskilled", "semi_skilled", "skilled", "highly_skilled"] }).notNull(),
  employment_kind: text("employment_kind", { enum: ["trainee", "employee"] }).notNull(),
  epf_enrolled: boolean("epf_enrolled").notNull(),
  esi_enrolled: boolean("esi_enrolled").notNull(),
  freedom_date: day("freedom_date"),
  training_start: day("training_start"),
  group_id: text("group_id").notNull(),
  ...medusaTimestamps,
})

export const serviceSegment = pgTable("artisan_service_segment", {
  id: id(),
  hire_date: day("hire_date").notNull(),
  exit_date: day("exit_date"),
  exit_reason: text("exit_reason", {
    enum: ["resignation", "retirement", "termination", "death", "disablement", "other"],
  }),
  earlier_service_counts: boolean("earlier_service_counts").notNull(),
  artisan_id: text("artisan_id").notNull(),
  ...medusaTimestamps,
})

export const publicConsent = pgTable("artisan_public_consent", {
  id: id(),
  display_name: text("display_name").notNull(),
  photo_allowed: boolean("photo_allowed").notNull(),
  photo_url: text("photo_url"),
  story: text("story"),
  signed_on: day("signed_on").notNull(),
  expires_on: day("expires_on").notNull(),
  withdrawn_on: day("withdrawn_on"),
  recorded_by: text("recorded_by"),
  artisan_id: text("artisan_id").notNull(),
  ...medusaTimestamps,
})
