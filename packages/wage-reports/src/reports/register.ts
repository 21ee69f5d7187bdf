import { and, asc, eq, isNull, sql } from "drizzle-orm"
import type { ReportsDb } from "../db"
import { artisanGroup, payslip, payslipLine } from "../schema"

export type RegisterRow = {
  payslip_id: string
  artisan_id: string
  artisan_code: string
  group_name: string
  hours: number
  pieces: number
  amounts: Record<string, number>
}

export type Register = { codes: string[]; rows: RegisterRow[]; totals: Record<string, number> }

/**
 * The wage register of a pay run: one row per artisan, one column per line
 * code (in the order lines appear on a payslip), and the totals.
 */
export async function payRunRegister(db: ReportsDb, payRunId: string): Promise<Register> {
  const sums = await db
    .select({
      payslip_id: payslip.id,
      artisan_id: payslip.artisan_id,
      artisan_code: payslip.artisan_code,
      group_name: artisanGroup.name,
      minutes: payslip.minutes_worked,
      pieces: payslip.pieces,
      code: payslipLine.code,
      position: sql<number>`min(${payslipLine.position})`.mapWith(Number),
      amount: sql<number>`sum(${payslipLine.amount_paise})`.mapWith(Number),
    })
    .from(payslip)
    .innerJoin(payslipLine, and(eq(payslipLine.payslip_id, payslip.id), isNull(payslipLine.deleted_at)))
    .innerJoin(artisanGroup, eq(artisanGroup.id, payslip.group_id))
    .where(and(eq(payslip.pay_run_id, payRunId), isNull(payslip.deleted_at)))
    .groupBy(payslip.id, artisanGroup.name, payslipLine.code)
    .orderBy(asc(payslip.artisan_code))

  const order = new Map<string, number>()
  const rows = new Map<string, RegisterRow>()
  const totals: Record<string, number> = {}
  for (const s of sums) {
    order.set(s.code, Math.min(order.get(s.code) ?? Infinity, s.position))
    if (!rows.has(s.payslip_id)) {
      rows.set(s.payslip_id, {
        payslip_id: s.payslip_id,
        artisan_id: s.artisan_id,
        artisan_code: s.artisan_code,
        group_name: s.group_name,
        hours: s.minutes / 60,
        pieces: s.pieces,
        amounts: {},
      })
    }
    rows.get(s.payslip_id)!.amounts[s.code] = s.amount
    totals[s.code] = (totals[s.code] ?? 0) + s.amount
  }
  const codes = [...order.entries()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([code]) => code)
  return { codes, rows: [...rows.values()], totals }
}
