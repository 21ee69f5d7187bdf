// Medusa stores a bigNumber as a numeric column and its raw JSON twin.
import { integer, jsonb, numeric, pgTable, text } from "drizzle-orm/pg-core"
import { day, id, medusaTimestamps } from "./columns"

export const ruleSet = pgTable("artisan_rule_set", {
  id: id(),
  version: integer("version").notNull(),
  name: text("name").notNull(),
  effective_from: day("effective_from").notNull(),
  source_note: text("source_note").notNull(),
  rules: jsonb("rules").notNull(),
  created_by: text("created_by"),
  ...medusaTimestamps,
})

export const payRun = pgTable("artisan_pay_run", {
  id: id(),
  period_start: day("period_start").notNull(),
  period_end: day("period_end").notNull(),
  status: text("status", { enum: ["computing", "draft", "approved", "paid", "cancelled"] }).notNull(),
  rule_set_id: text("rule_set_id").notNull(),
  rule_set_snapshot: jsonb("rule_set_snapshot"),
  holidays: jsonb("holidays"),
  unpriced_output_ids: jsonb("unpriced_output_ids"),
  inputs_hash: text("inputs_hash"),
  artisans_total: integer("artisans_total").notNull(),
  artisans_done: integer("artisans_done").notNull(),
  totals: jsonb("totals"),
  computed_at: day("computed_at"),
  compute_error: text("compute_error"),
  created_by: text("created_by").notNull(),
  approved_by: text("approved_by"),
  approved_at: day("approved_at"),
  paid_at: day("paid_at"),
  cancelled_at: day("cancelled_at"),
  ...medusaTimestamps,
})

export const payslip = pgTable("artisan_payslip", {
  id: id(),
  artisan_id: text("artisan_id").notNull(),
  artisan_code: text("artisan_code").notNull(),
  group_id: text("group_id").notNull(),
  skill_grade: text("skill_grade").notNull(),
  employment_kind: text("employment_kind").notNull(),
  minutes_worked: integer("minutes_worked").notNull(),
  pieces: integer("pieces").notNull(),
  days_worked: integer("days_worked").notNull(),
  gross_paise: numeric("gross_paise").notNull(),
  raw_gross_paise: jsonb("raw_gross_paise").notNull(),
  deductions_paise: numeric("deductions_paise").notNull(),
  raw_deductions_paise: jsonb("raw_deductions_paise").notNull(),
  net_paise: numeric("net_paise").notNull(),
  raw_net_paise: jsonb("raw_net_paise").notNull(),
  employer_paise: numeric("employer_paise").notNull(),
  raw_employer_paise: jsonb("raw_employer_paise").notNull(),
  effective_hourly_paise: integer("effective_hourly_paise").notNull(),
  floor_hourly_paise: integer("floor_hourly_paise").notNull(),
  living_hourly_paise: integer("living_hourly_paise"),
  flags: jsonb("flags").notNull(),
  pay_run_id: text("pay_run_id").notNull(),
  ...medusaTimestamps,
})

export const payslipLine = pgTable("artisan_payslip_line", {
  id: id(),
  position: integer("position").notNull(),
  code: text("code").notNull(),
  kind: text("kind").notNull(),
  label: text("label").notNull(),
  amount_paise: numeric("amount_paise").notNull(),
  raw_amount_paise: jsonb("raw_amount_paise").notNull(),
  basis: text("basis").notNull(),
  payslip_id: text("payslip_id").notNull(),
  ...medusaTimestamps,
})

export const payment = pgTable("artisan_payment", {
  id: id(),
  payslip_id: text("payslip_id"),
  reference: text("reference").notNull(),
  method: text("method", { enum: ["bank_transfer", "cash"] }).notNull(),
  paid_on: day("paid_on").notNull(),
  amount_paise: numeric("amount_paise").notNull(),
  raw_amount_paise: jsonb("raw_amount_paise").notNull(),
  recorded_by: text("recorded_by").notNull(),
  pay_run_id: text("pay_run_id").notNull(),
  ...medusaTimestamps,
})

export const adjustment = pgTable("artisan_pay_adjustment", {
  id: id(),
  artisan_id: text("artisan_id").notNull(),
  amount_paise: integer("amount_paise").notNull(),
  reason: text("reason").notNull(),
  corrects_payslip_id: text("corrects_payslip_id").notNull(),
  settled_pay_run_id: text("settled_pay_run_id"),
  created_by: text("created_by").notNull(),
  ...medusaTimestamps,
})
