import type { PayslipInput, SkillGrade } from "@mukti/wages"
import { isWorkingDay } from "../dates"
import type { PayRunChunk } from "./inputs"

/** Items of a list keyed by the artisan they belong to. */
function byArtisan<T extends { artisan_id: string }>(items: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const item of items) {
    const list = map.get(item.artisan_id)
    if (list) list.push(item)
    else map.set(item.artisan_id, [item])
  }
  return map
}

/**
 * Groups the period's inputs into one engine input per artisan: those with
 * output, an adjustment owed, or paid leave. Holidays are paid to employees
 * who worked in the period; paid leave is an employee's; trainees' stipends
 * have neither.
 */
export function engineInputs(inputs: PayRunChunk): Array<{ artisan: PayRunChunk["artisans"][number]; input: PayslipInput; adjustmentIds: string[] }> {
  const outputs = byArtisan(inputs.outputs)
  const adjustments = byArtisan(inputs.adjustments)
  const holidayDates = new Set(inputs.holidays)
  // a holiday is paid as a holiday, never also as a day of leave
  const leave = byArtisan(inputs.paid_leave.filter((day) => !holidayDates.has(day.leave_date)))
  const holidays = inputs.holidays.filter(isWorkingDay).length
  return inputs.artisans.flatMap((artisan) => {
    const own = outputs.get(artisan.id) ?? []
    const owed = adjustments.get(artisan.id) ?? []
    const onLeave = artisan.employment_kind === "employee" ? (leave.get(artisan.id)?.length ?? 0) : 0
    // a period spent wholly on paid leave is still paid
    if (!own.length && !owed.length && !onLeave) return []
    return [
      {
        artisan,
        adjustmentIds: owed.map((a) => a.id),
        input: {
          period: { start: inputs.period_start, end: inputs.period_end },
          skill_grade: artisan.skill_grade as SkillGrade,
          employment_kind: artisan.employment_kind,
          enrolments: { epf: artisan.epf_enrolled, esi: artisan.esi_enrolled },
          output: own.map((o) => ({
            work_date: o.work_date,
            task: o.task_code,
            quantity_accepted: o.quantity_accepted,
            rate_paise: o.rate_paise,
            minutes_worked: o.minutes_worked,
          })),
          attendance: {
            paid_leave_days: onLeave,
            holidays: artisan.employment_kind === "employee" && own.length ? holidays : 0,
          },
          adjustments: owed.map((a) => ({ amount_paise: a.amount_paise, reason: a.reason, reference: `payslip ${a.corrects_payslip_id}` })),
        },
      },
    ]
  })
}
