import { isoFromDate } from "./dates"

export type OutputRow = {
  artisan_id: string
  task_id: string
  work_date: string
  quantity_accepted: number
  quantity_rejected: number
  hours: number
  note?: string | null
}

export type RowError = { index: number; reason: string }

type Segment = { hire_date: Date | string; exit_date: Date | string | null }
export type ArtisanFacts = {
  id: string
  code: string
  group_id: string
  employment_kind: string
  training_start: Date | string | null
  segments: Segment[]
}
export type TaskFacts = { id: string; code: string; is_active: boolean; rates: Array<{ effective_from: Date | string }> }

export type OutputRulesContext = {
  today: string
  group_id?: string
  artisans: Map<string, ArtisanFacts>
  tasks: Map<string, TaskFacts>
  /** "artisan|task|date" keys already recorded and not corrected since. */
  alreadyRecorded: Set<string>
  /** Periods of approved or paid pay runs: work in them can only be paid by an adjustment now. */
  closedPeriods?: Array<{ start: string; end: string }>
}

export const rowKey = (row: Pick<OutputRow, "artisan_id" | "task_id" | "work_date">) =>
  `${row.artisan_id}|${row.task_id}|${row.work_date}`

/** Whether she was employed (or in training) on `date`. */
export function isActiveOn(artisan: ArtisanFacts, date: string): boolean {
  const employed = artisan.segments.some(
    (s) => isoFromDate(s.hire_date) <= date && (!s.exit_date || isoFromDate(s.exit_date) >= date)
  )
  const training =
    artisan.employment_kind === "trainee" && !!artisan.training_start && isoFromDate(artisan.training_start) <= date
  return employed || training
}

export function hasRateOn(task: TaskFacts, date: string): boolean {
  return task.rates.some((r) => isoFromDate(r.effective_from) <= date)
}

/** Every reason each row of a day's sheet cannot be recorded; an empty list means the sheet is good. */
export function checkOutputRows(rows: OutputRow[], ctx: OutputRulesContext): RowError[] {
  const errors: RowError[] = []
  const firstSeen = new Map<string, number>()
  rows.forEach((row, index) => {
    const fail = (reason: string) => errors.push({ index, reason })
    const artisan = ctx.artisans.get(row.artisan_id)
    const task = ctx.tasks.get(row.task_id)
    if (row.work_date > ctx.today) fail(`${row.work_date} is in the future; output can only be recorded once the work is done.`)
    if (!artisan) fail(`No artisan with id ${row.artisan_id}.`)
    else {
      if (ctx.group_id && artisan.group_id !== ctx.group_id) fail(`${artisan.code} does not belong to this group.`)
      if (!isActiveOn(artisan, row.work_date)) fail(`${artisan.code} was not employed or in training on ${row.work_date}.`)
    }
    if (!task) fail(`No task with id ${row.task_id}.`)
    else {
      if (!task.is_active) fail(`Task ${task.code} is no longer in use.`)
      if (!hasRateOn(task, row.work_date)) fail(`Task ${task.code} has no piece rate in force on ${row.work_date}.`)
    }
    const key = rowKey(row)
    const earlier = firstSeen.get(key)
    if (earlier !== undefined) fail(`Same artisan, task and date as row ${earlier + 1}; combine them into one row.`)
    else firstSeen.set(key, index)
    if (ctx.alreadyRecorded.has(key)) fail(`Already recorded for this artisan, task and date; correct that record instead.`)
    const closed = ctx.closedPeriods?.find((p) => p.start <= row.work_date && row.work_date <= p.end)
    if (closed) fail(`${row.work_date} is in the approved pay run for ${closed.start} to ${closed.end}; ask finance for an adjustment instead.`)
  })
  return errors
}

/** Hours arrive as decimals (7.5); they are kept as whole minutes so no sum drifts. */
export function hoursToMinutes(hours: number): number {
  return Math.round(hours * 60)
}
