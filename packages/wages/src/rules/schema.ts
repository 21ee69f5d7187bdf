import { z } from "zod"

export const SKILL_GRADES = ["unskilled", "semi_skilled", "skilled", "highly_skilled"] as const
export type SkillGrade = (typeof SKILL_GRADES)[number]

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "dates are written YYYY-MM-DD")
const paise = z.number().int("amounts are whole paise").nonnegative()
const basisPoints = z.number().int("rates are whole basis points (12% is 1200)").min(0).max(10_000)

/** A value that changes on dates, like the minimum wage revised each January and July. */
const dated = <T extends z.ZodType>(value: T) =>
  z
    .array(z.object({ effective_from: isoDate, value }))
    .min(1)
    .refine((list) => new Set(list.map((e) => e.effective_from)).size === list.length, {
      message: "two values start on the same date",
    })

const dailyMinimumByGrade = z.object({
  unskilled: paise,
  semi_skilled: paise,
  skilled: paise,
  highly_skilled: paise,
})

export const FloorSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("minimum") }),
  z.object({ kind: z.literal("living"), monthly_living_wage_paise: paise }),
  z.object({ kind: z.literal("fixed"), hourly_paise: paise }),
])

export const RuleSetSchema = z.object({
  name: z.string().min(1),
  jurisdiction: z.string().min(1),
  effective_from: isoDate,
  minimum_wage_daily: dated(dailyMinimumByGrade),
  working_days_per_month: z.number().int().min(1).max(31),
  floor: FloorSchema,
  /** The living-wage target used for the below-living-wage flag, whatever the floor. */
  monthly_living_wage_paise: paise.nullable(),
  hours: z.object({
    normal_minutes_per_day: z.number().int().positive(),
    normal_minutes_per_week: z.number().int().positive(),
    overtime_multiplier: z.object({ numerator: z.number().int().positive(), denominator: z.number().int().positive() }),
  }),
  epf: z.object({
    employee_bp: basisPoints,
    employer_bp: basisPoints,
    employer_pension_bp: basisPoints,
    pension_wage_ceiling_paise: paise,
  }),
  esi: z.object({
    employee_bp: basisPoints,
    employer_bp: basisPoints,
    coverage_ceiling_monthly_paise: paise,
    employee_exempt_up_to_daily_paise: paise,
  }),
  professional_tax: z.object({
    slabs: z
      .array(z.object({ up_to_paise: paise.nullable(), tax_paise: paise }))
      .min(1)
      .refine((slabs) => slabs[slabs.length - 1].up_to_paise === null, { message: "the last slab must be open-ended" }),
  }),
  bonus: z.object({ minimum_bp: basisPoints, maximum_bp: basisPoints, minimum_days_worked: z.number().int().nonnegative() }),
  gratuity: z.object({
    days_wages_per_year: z.number().int().positive(),
    days_per_month: z.number().int().positive(),
    minimum_years: z.number().int().nonnegative(),
    cap_paise: paise,
    days_for_a_year: z.number().int().positive(),
    days_for_a_year_short_week: z.number().int().positive(),
  }),
  trainee_stipend_daily_paise: paise,
  sources: z.record(z.string(), z.string()),
})

export type RuleSet = z.infer<typeof RuleSetSchema>
export type Floor = z.infer<typeof FloorSchema>
