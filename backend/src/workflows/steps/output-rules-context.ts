import type ArtisanModuleService from "../../modules/artisan/service"
import { dateFromIso, isoFromDate, todayInKolkata } from "../../lib/dates"
import { OutputRow, OutputRulesContext, rowKey } from "../../lib/output-rules"

/**
 * Loads, in one query per table, the facts checkOutputRows needs for `rows`.
 * `replacing` is the record a correction replaces, which does not count as
 * already recorded.
 */
export async function loadOutputRulesContext(
  service: ArtisanModuleService,
  rows: OutputRow[],
  groupId?: string,
  replacing?: string
): Promise<OutputRulesContext> {
  const artisanIds = [...new Set(rows.map((r) => r.artisan_id))]
  const taskIds = [...new Set(rows.map((r) => r.task_id))]
  const dates = [...new Set(rows.map((r) => r.work_date))]
  const [artisans, tasks, existing, closedRuns] = await Promise.all([
    service.listArtisans({ id: artisanIds }, { relations: ["segments"] }),
    service.listTasks({ id: taskIds }, { relations: ["rates"] }),
    service.listOutputRecords(
      { artisan_id: artisanIds, work_date: dates.map(dateFromIso) },
      { select: ["id", "artisan_id", "task_id", "work_date"] }
    ),
    service.listPayRuns({ status: ["approved", "paid"] }, { select: ["period_start", "period_end"] }),
  ])
  const corrections = existing.length
    ? await service.listOutputRecords({ corrects_id: existing.map((r) => r.id) }, { select: ["corrects_id"] })
    : []
  const corrected = new Set(corrections.map((c) => c.corrects_id))
  const alreadyRecorded = new Set(
    existing
      .filter((r) => !corrected.has(r.id) && r.id !== replacing)
      .map((r) => rowKey({ artisan_id: r.artisan_id, task_id: r.task_id, work_date: isoFromDate(r.work_date) }))
  )
  return {
    today: todayInKolkata(),
    group_id: groupId,
    artisans: new Map(artisans.map((a) => [a.id, { ...a, group_id: a.group_id }])),
    tasks: new Map(tasks.map((t) => [t.id, t])),
    alreadyRecorded,
    closedPeriods: closedRuns.map((r) => ({ start: isoFromDate(r.period_start), end: isoFromDate(r.period_end) })),
  }
}
