import { createHash } from "node:crypto"
import type { Knex } from "@mikro-orm/knex"

export type PeriodOutput = {
  id: string
  artisan_id: string
  task_id: string
  task_code: string
  work_date: string
  quantity_accepted: number
  minutes_worked: number
  rate_paise: number
}

export type PeriodArtisan = {
  id: string
  code: string
  group_id: string
  skill_grade: "unskilled" | "semi_skilled" | "skilled" | "highly_skilled"
  employment_kind: "trainee" | "employee"
  epf_enrolled: boolean
  esi_enrolled: boolean
}

/** A day of paid leave in the period. */
export type PeriodLeave = { id: string; artisan_id: string; leave_date: string }

export type PeriodAdjustment = { id: string; artisan_id: string; amount_paise: number; reason: string; corrects_payslip_id: string }

export type PayRunInputs = {
  period_start: string
  period_end: string
  holidays: string[]
  rule_set: { id: string; version: number; rules: unknown }
  artisans: PeriodArtisan[]
  adjustments: PeriodAdjustment[]
  /** Output records whose rate was missing on their work date: they cannot be paid and are reported. */
  unpriced: string[]
  hash: string
  /** A digest per kind of input, so a refused approval can say what changed. */
  parts: Record<InputPart, string>
}

export type InputPart = "period and rules" | "artisans" | "output" | "paid leave" | "adjustments"

/** One slice of the period's artisans with their priced output, as the engine consumes them. */
export type PayRunChunk = {
  /** How many artisans the whole run concerns, and how many came in earlier slices. */
  artisans_in_scope: number
  artisans_before: number
  period_start: string
  period_end: string
  holidays: string[]
  artisans: PeriodArtisan[]
  outputs: PeriodOutput[]
  paid_leave: PeriodLeave[]
  adjustments: PeriodAdjustment[]
}

/** Artisans per slice: memory stays flat however large the organisation grows. */
const CHUNK = 1_000

type Row = Record<string, unknown>

/** The rate in force on a work date: the latest that began on or before it (rates arrive newest first). */
function rateLookup(rates: Array<{ task_id: string; effective_from: string; rate_paise: number }>) {
  const byTask = new Map<string, Array<{ effective_from: string; rate_paise: number }>>()
  for (const r of rates) {
    const list = byTask.get(r.task_id) ?? []
    list.push(r)
    byTask.set(r.task_id, list)
  }
  return (taskId: string, date: string): number | null =>
    byTask.get(taskId)?.find((r) => r.effective_from <= date)?.rate_paise ?? null
}

const digest = (chunks: Iterable<string>) => {
  const hash = createHash("sha256")
  for (const chunk of chunks) hash.update(chunk)
  return hash.digest("hex")
}

/** Names the kinds of input whose digests differ. */
export function changedParts(before: Partial<Record<InputPart, string>>, now: Record<InputPart, string>): InputPart[] {
  return (Object.keys(now) as InputPart[]).filter((part) => before[part] !== now[part])
}

/**
 * Reads everything a pay run depends on with a fixed number of queries per
 * thousand artisans (never one per artisan): the artisans concerned, the
 * unsettled adjustments, and the period's effective output priced at the rate
 * in force on each work date, handed to `onChunk` a thousand artisans at a
 * time. Returns the digests that approval compares.
 */
export async function scanPayRunInputs(
  pg: Knex,
  period: { start: string; end: string; holidays: string[] },
  ruleSet: PayRunInputs["rule_set"],
  onChunk: (chunk: PayRunChunk) => void | Promise<void> = () => {}
): Promise<PayRunInputs> {
  // everyone employed during the period, plus anyone with output or an adjustment waiting
  const artisans = (
    await pg.raw(
      `select a.id, a.code, a.group_id, a.skill_grade, a.employment_kind, a.epf_enrolled, a.esi_enrolled
         from artisan a
        where a.deleted_at is null and (
          exists (select 1 from artisan_service_segment s where s.artisan_id = a.id and s.deleted_at is null
                   and s.hire_date <= ?::date and (s.exit_date is null or s.exit_date >= ?::date))
          or exists (select 1 from artisan_output_record o where o.artisan_id = a.id and o.deleted_at is null
                      and o.work_date >= ?::date and o.work_date <= ?::date)
          or exists (select 1 from artisan_pay_adjustment j where j.artisan_id = a.id and j.deleted_at is null
                      and j.settled_pay_run_id is null))
        order by a.code`,
      [period.end, period.start, period.start, period.end]
    )
  ).rows as PeriodArtisan[]
  const adjustments = (
    (
      await pg.raw(
        `select id, artisan_id, amount_paise, reason, corrects_payslip_id from artisan_pay_adjustment
          where deleted_at is null and settled_pay_run_id is null order by artisan_id, created_at, id`
      )
    ).rows as Row[]
  ).map((r) => ({ ...r, amount_paise: Number(r.amount_paise) })) as PeriodAdjustment[]
  const rates = await pg.raw(
    `select task_id, to_char(effective_from at time zone 'UTC', 'YYYY-MM-DD') as effective_from, rate_paise
       from artisan_piece_rate where deleted_at is null order by task_id, effective_from desc`
  )
  const rateOn = rateLookup(rates.rows as Array<{ task_id: string; effective_from: string; rate_paise: number }>)
  const holidays = [...period.holidays].sort()

  const outputHash = createHash("sha256")
  const leaveHash = createHash("sha256")
  const unpriced: string[] = []
  for (let i = 0; i < artisans.length; i += CHUNK) {
    const slice = artisans.slice(i, i + CHUNK)
    const ids = slice.map((a) => a.id)
    // corrected records are replaced by their corrections
    const rows = (
      await pg.raw(
        `select o.id, o.artisan_id, o.task_id, t.code as task_code, to_char(o.work_date at time zone 'UTC', 'YYYY-MM-DD') as work_date,
                o.quantity_accepted, o.minutes_worked
           from artisan_output_record o join artisan_task t on t.id = o.task_id
          where o.deleted_at is null and o.artisan_id = any(?::text[]) and o.work_date >= ?::date and o.work_date <= ?::date
            and not exists (select 1 from artisan_output_record c where c.corrects_id = o.id and c.deleted_at is null)
          order by o.artisan_id, o.work_date, o.task_id, o.id`,
        [ids, period.start, period.end]
      )
    ).rows as Array<Omit<PeriodOutput, "rate_paise">>
    const outputs: PeriodOutput[] = []
    for (const row of rows) {
      const rate = rateOn(row.task_id, row.work_date)
      if (rate === null) {
        unpriced.push(row.id)
        outputHash.update(`unpriced|${row.id}\n`)
        continue
      }
      outputHash.update(`${row.id}|${row.work_date}|${row.quantity_accepted}|${row.minutes_worked}|${rate}\n`)
      outputs.push({ ...row, rate_paise: rate })
    }
    const paidLeave = (
      await pg.raw(
        `select id, artisan_id, to_char(leave_date at time zone 'UTC', 'YYYY-MM-DD') as leave_date
           from artisan_leave_day
          where deleted_at is null and cancelled_at is null and kind = 'paid' and artisan_id = any(?::text[])
            and leave_date >= ?::date and leave_date <= ?::date
          order by artisan_id, leave_date`,
        [ids, period.start, period.end]
      )
    ).rows as PeriodLeave[]
    for (const day of paidLeave) leaveHash.update(`${day.id}|${day.artisan_id}|${day.leave_date}\n`)
    const idSet = new Set(ids)
    await onChunk({
      artisans_in_scope: artisans.length,
      artisans_before: i,
      period_start: period.start,
      period_end: period.end,
      holidays,
      artisans: slice,
      outputs,
      paid_leave: paidLeave,
      adjustments: adjustments.filter((a) => idSet.has(a.artisan_id)),
    })
  }

  const parts: Record<InputPart, string> = {
    "period and rules": digest([JSON.stringify([period.start, period.end, holidays, ruleSet])]),
    artisans: digest(artisans.map((a) => `${a.id}|${a.skill_grade}|${a.employment_kind}|${a.epf_enrolled}|${a.esi_enrolled}\n`)),
    output: outputHash.digest("hex"),
    "paid leave": leaveHash.digest("hex"),
    adjustments: digest(adjustments.map((j) => `${j.id}|${j.amount_paise}\n`)),
  }
  return {
    period_start: period.start,
    period_end: period.end,
    holidays,
    rule_set: ruleSet,
    artisans,
    adjustments,
    unpriced,
    parts,
    hash: digest(Object.values(parts)),
  }
}
