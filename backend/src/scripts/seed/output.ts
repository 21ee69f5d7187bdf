import { ARTISAN_MODULE } from "../../modules/artisan"
import type ArtisanModuleService from "../../modules/artisan/service"
import { dateFromIso } from "../../lib/dates"
import { countCreated, SeedContext } from "./context"
import { leaveForMonth, monthSpan, OUTPUT_MONTHS, outputForMonth } from "./output-data"

/**
 * Writes each month's daily sheets in one insert, skipping any month that
 * already has output for the seeded artisans, so a rerun adds nothing and a
 * run that stopped halfway is completed month by month.
 */
export async function seedOutput(
  ctx: SeedContext,
  artisanIds: Map<string, string>,
  taskIds: Map<string, string>,
  recordedBy: string
): Promise<void> {
  const service: ArtisanModuleService = ctx.container.resolve(ARTISAN_MODULE)
  for (const [index, month] of OUTPUT_MONTHS.entries()) {
    const { from, until } = monthSpan(month)
    const [recorded] = await service.listOutputRecords(
      { artisan_id: [...artisanIds.values()], work_date: { $gte: dateFromIso(from), $lt: dateFromIso(until) } },
      { select: ["id"], take: 1 }
    )
    if (recorded) continue
    ctx.log(`Seeding output: month ${index + 1} of ${OUTPUT_MONTHS.length} (${month})`)
    const rows = outputForMonth(month).map((row) => ({
      artisan_id: artisanIds.get(row.code)!,
      task_id: taskIds.get(row.task)!,
      work_date: dateFromIso(row.work_date),
      quantity_accepted: row.quantity_accepted,
      quantity_rejected: row.quantity_rejected,
      minutes_worked: row.minutes_worked,
      recorded_by: recordedBy,
      idempotency_key: null,
    }))
    await service.createOutputRecords(rows)
    countCreated(ctx, "output records", rows.length)
  }
}

/** Each month's leave, the days the sheets are empty; a month that has any leave already is left alone. */
export async function seedLeave(ctx: SeedContext, artisanIds: Map<string, string>, recordedBy: string): Promise<void> {
  const service: ArtisanModuleService = ctx.container.resolve(ARTISAN_MODULE)
  for (const month of OUTPUT_MONTHS) {
    const { from, until } = monthSpan(month)
    const [recorded] = await service.listLeaveDays(
      { artisan_id: [...artisanIds.values()], leave_date: { $gte: dateFromIso(from), $lt: dateFromIso(until) } },
      { select: ["id"], take: 1 }
    )
    if (recorded) continue
    const rows = leaveForMonth(month).map((day) => ({
      artisan_id: artisanIds.get(day.code)!,
      leave_date: dateFromIso(day.leave_date),
      kind: day.kind,
      note: day.note,
      recorded_by: recordedBy,
    }))
    if (rows.length) await service.createLeaveDays(rows)
    countCreated(ctx, "leave days", rows.length)
  }
}
