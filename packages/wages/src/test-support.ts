import type { OutputLine, PayslipInput } from "./types"

/** A skilled, unenrolled employee's August 2025 with no output; tests add what they need. */
export function august(overrides: Partial<PayslipInput> = {}): PayslipInput {
  return {
    period: { start: "2025-08-01", end: "2025-08-31" },
    skill_grade: "skilled",
    employment_kind: "employee",
    enrolments: { epf: false, esi: false },
    output: [],
    attendance: { paid_leave_days: 0, holidays: 0 },
    ...overrides,
  }
}

export function days(dates: string[], line: Omit<OutputLine, "work_date">): OutputLine[] {
  return dates.map((work_date) => ({ ...line, work_date }))
}

export const WEEKDAYS_4_TO_8_AUG = ["2025-08-04", "2025-08-05", "2025-08-06", "2025-08-07", "2025-08-08"]
export const MONDAY_TO_SUNDAY_4_TO_10_AUG = [...WEEKDAYS_4_TO_8_AUG, "2025-08-09", "2025-08-10"]
