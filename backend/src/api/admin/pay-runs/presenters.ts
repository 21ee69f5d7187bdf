import { isoFromDate } from "../../../lib/dates"

type Run = {
  id: string
  period_start: Date | string
  period_end: Date | string
  status: string
  artisans_total: number
  artisans_done: number
  [key: string]: unknown
}

export function presentPayRun(run: Run) {
  const { rule_set_snapshot: _snapshot, ...rest } = run
  return {
    ...rest,
    period_start: isoFromDate(run.period_start),
    period_end: isoFromDate(run.period_end),
    progress: run.artisans_total ? Math.round((run.artisans_done / run.artisans_total) * 100) : run.status === "computing" ? 0 : 100,
  }
}

type Amount = number | string | { toString(): string }

/** Paise as a plain integer: BigNumber and numeric values become numbers (paise stay far below 2^53). */
export function paise(value: Amount | null | undefined): number {
  return value === null || value === undefined ? 0 : Number(value.toString())
}
