import type { PayslipInput, SkillGrade } from "@mukti/wages"
import type { PayRunChunk } from "./inputs"

/** Working days (Monday to Saturday) in a period, for counting holidays an employee is paid for. */
function isWorkingDay(iso: string): boolean {
  return new Date(`${iso}T00:00:00Z`).getUTCDay() !== 0
}

/**
 * Groups the period's inputs into one engine input per artisan. Holidays are
 * paid to employees who worked in the period; trainees' stipends have none.
 */
export function engineInputs(inputs: PayRunChunk): Array<{ artisan: PayRunChunk["artisans"][number]; input: PayslipInput; adjustmentIds: string[] }> {
  const outputs = new Map<string, PayRunChunk["outputs"]>()
  for (const o of inputs.outputs) {
    const list = outputs.get(o.artisan_id)
    if (list) list.push(o)
    else outputs.set(o.artisan_id, [o])
  }
  const adjustments = new Map<string, PayRunChunk["adjustments"]>()
  for (const a of inputs.adjustments) {
    const list = adjustments.get(a.artisan_id)
    if (list) list.push(a)
    else adjustments.set(a.artisan_id, [a])
  }
  const holidays = inputs.holidays.filter(isWorkingDay).length
  return inputs.artisans.flatMap((artisan) => {
    const own = outputs.get(artisan.id) ?? []
    const owed = adjustments.get(artisan.id) ?? []
    if (!own.length && !owed.length) return []
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
          attendance: { paid_leave_days: 0, holidays: artisan.employment_kind === "employee" && own.length ? holidays : 0 },
          adjustments: owed.map((a) => ({ amount_paise: a.amount_paise, reason: a.reason, reference: `payslip ${a.corrects_payslip_id}` })),
        },
      },
    ]
  })
}
