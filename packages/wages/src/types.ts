import type { Paise } from "./money"
import type { SkillGrade } from "./rules/schema"

export type OutputLine = {
  work_date: string
  task: string
  quantity_accepted: number
  /** The piece rate in force on the work date. */
  rate_paise: Paise
  minutes_worked: number
}

export type Adjustment = { amount_paise: Paise; reason: string; reference: string }

export type PayslipInput = {
  period: { start: string; end: string }
  skill_grade: SkillGrade
  employment_kind: "employee" | "trainee"
  enrolments: { epf: boolean; esi: boolean }
  output: OutputLine[]
  attendance: { paid_leave_days: number; holidays: number }
  adjustments?: Adjustment[]
}

export type LineKind = "earning" | "stipend" | "deduction" | "employer" | "adjustment" | "rounding"

export type PayslipLine = {
  code: string
  kind: LineKind
  label: string
  amount: Paise
  basis: string
}

export type PayslipFlags = {
  below_minimum_before_top_up: boolean
  below_living_wage: boolean
  overtime_beyond_limits: boolean
}

export type Payslip = {
  lines: PayslipLine[]
  gross: Paise
  deductions: Paise
  employer_contributions: Paise
  net: Paise
  minutes_worked: number
  pieces: number
  days_worked: number
  /** Paise per hour for the hours worked: piece earnings, top-up and overtime premium over hours. */
  effective_hourly_paise: Paise
  floor_hourly_paise: Paise
  minimum_hourly_paise: Paise
  living_hourly_paise: Paise | null
  flags: PayslipFlags
}
