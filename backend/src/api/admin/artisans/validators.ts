import { z } from "@medusajs/framework/zod"
import { addYears } from "../../../lib/dates"
import { booleanQuery, isoDay, isoDayAsDate, pagination } from "../../validation"

export const SKILL_GRADES = ["unskilled", "semi_skilled", "skilled", "highly_skilled"] as const
export const EMPLOYMENT_KINDS = ["trainee", "employee"] as const
export const EXIT_REASONS = ["resignation", "retirement", "termination", "death", "disablement", "other"] as const

const skillGrade = z.enum(SKILL_GRADES, { error: "skill_grade must be unskilled, semi_skilled, skilled or highly_skilled" })
const employmentKind = z.enum(EMPLOYMENT_KINDS, { error: "employment_kind must be trainee or employee" })
const exitReason = z.enum(EXIT_REASONS, {
  error: "exit_reason must be resignation, retirement, termination, death, disablement or other",
})

export const ListArtisansQuery = z.object({
  ...pagination,
  q: z.string().max(100).optional(),
  group_id: z.string().optional(),
  skill_grade: skillGrade.optional(),
  employment_kind: employmentKind.optional(),
  active: booleanQuery.optional(),
})

const PersonalDetails = z
  .object({
    phone: z.string().max(30).optional(),
    address: z.string().max(500).optional(),
    date_of_birth: isoDay("date_of_birth").optional(),
    emergency_contact: z.string().max(200).optional(),
    bank_account: z.string().max(60).optional(),
  })
  .strict()

export const SegmentBody = z
  .object({
    hire_date: isoDayAsDate("hire_date"),
    exit_date: isoDayAsDate("exit_date").nullish(),
    exit_reason: exitReason.nullish(),
    earlier_service_counts: z.boolean().optional(),
  })
  .refine((s) => !s.exit_date || s.exit_date >= s.hire_date, { message: "exit_date cannot be before hire_date" })
  .refine((s) => !s.exit_date === !s.exit_reason, { message: "exit_date and exit_reason go together" })

export const UpdateSegmentBody = z.object({
  exit_date: isoDayAsDate("exit_date").nullish(),
  exit_reason: exitReason.nullish(),
  earlier_service_counts: z.boolean().optional(),
})

const artisanFields = {
  group_id: z.string({ error: "group_id is required" }).min(1),
  code: z
    .string()
    .trim()
    .min(2, "code needs at least 2 characters")
    .max(30)
    .regex(/^[A-Z0-9-]+$/, "code may use capital letters, digits and dashes only"),
  legal_name: z.string().trim().min(2, "legal_name needs at least 2 characters").max(200),
  personal_details: PersonalDetails.nullish(),
  skill_grade: skillGrade,
  employment_kind: employmentKind,
  epf_enrolled: z.boolean().optional(),
  esi_enrolled: z.boolean().optional(),
  freedom_date: isoDayAsDate("freedom_date").nullish(),
  training_start: isoDayAsDate("training_start").nullish(),
}

export const CreateArtisanBody = z.object({
  ...artisanFields,
  segments: z.array(SegmentBody).max(20).optional(),
})

export const UpdateArtisanBody = z.object(artisanFields).partial()

const MAX_CONSENT_YEARS = 3

export const RecordConsentBody = z
  .object({
    display_name: z.string().trim().min(1, "display_name is required").max(60, "display_name can be at most 60 characters"),
    photo_allowed: z.boolean({ error: "photo_allowed must be true or false" }),
    photo_url: z.string().url("photo_url must be a URL").nullish(),
    story: z.string().max(2_000, "story can be at most 2,000 characters").nullish(),
    signed_on: isoDay("signed_on"),
    expires_on: isoDay("expires_on"),
  })
  .refine((c) => c.expires_on > c.signed_on, { message: "expires_on must be after signed_on", path: ["expires_on"] })
  .refine((c) => c.expires_on <= addYears(c.signed_on, MAX_CONSENT_YEARS), {
    message: `consent can last at most ${MAX_CONSENT_YEARS} years: expires_on must be on or before three years after signed_on`,
    path: ["expires_on"],
  })
  .refine((c) => c.photo_allowed || !c.photo_url, { message: "a photo_url needs photo_allowed", path: ["photo_url"] })

/** Longest range one request may record: two months covers any leave a unit grants at once. */
const MAX_LEAVE_DAYS = 62

const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1

export const RecordLeaveBody = z
  .object({
    from: isoDay("from"),
    to: isoDay("to"),
    kind: z.enum(["paid", "unpaid"], { error: "kind must be paid or unpaid" }),
    note: z.string().trim().max(500, "note can be at most 500 characters").nullish(),
  })
  .refine((l) => l.from <= l.to, { message: "from cannot be after to" })
  .refine((l) => l.from > l.to || daysBetween(l.from, l.to) <= MAX_LEAVE_DAYS, {
    message: `one request can cover at most ${MAX_LEAVE_DAYS} days; record longer leave in parts`,
  })

export const ListLeaveQuery = z
  .object({
    from: isoDay("from").optional(),
    to: isoDay("to").optional(),
    include_cancelled: booleanQuery.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "from cannot be after to" })
