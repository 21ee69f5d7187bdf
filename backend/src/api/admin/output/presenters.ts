import { isoFromDate } from "../../../lib/dates"

type RecordWithRelations = {
  id: string
  work_date: Date | string
  minutes_worked: number
  artisan?: { id: string; code: string } | null
  task?: { id: string; code: string; name: string } | null
  [key: string]: unknown
}

/** Output as people read it: the day as YYYY-MM-DD, hours as a number, and whether a later record replaced it. */
export function presentOutputRecord(record: RecordWithRelations, correctedBy: string | null) {
  const { artisan, task, ...rest } = record
  return {
    ...rest,
    work_date: isoFromDate(record.work_date),
    hours: record.minutes_worked / 60,
    artisan: artisan ? { id: artisan.id, code: artisan.code } : null,
    task: task ? { id: task.id, code: task.code, name: task.name } : null,
    corrected_by: correctedBy,
  }
}
