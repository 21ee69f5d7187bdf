import { and, asc, eq, isNull, sql } from "drizzle-orm"
import type { ReportsDb } from "../db"
import { payslip, payslipLine } from "../schema"

export type FairWageSummary = {
  artisans: number
  below_minimum_before_top_up: number
  below_living_wage: number
  top_up_total_paise: number
  per_artisan: Array<{
    artisan_id: string
    artisan_code: string
    effective_hourly_paise: number
    floor_hourly_paise: number
    living_hourly_paise: number | null
  }>
}

/** How fairly a run paid: who needed a top-up to reach the floor, who is under the living wage. */
export async function fairWageSummary(db: ReportsDb, payRunId: string, topUpCode = "floor_top_up"): Promise<FairWageSummary> {
  const live = and(eq(payslip.pay_run_id, payRunId), isNull(payslip.deleted_at))
  const [counts] = await db
    .select({
      artisans: sql<number>`count(*)`.mapWith(Number),
      below_minimum: sql<number>`count(*) filter (where (${payslip.flags} ->> 'below_minimum_before_top_up')::boolean)`.mapWith(Number),
      below_living: sql<number>`count(*) filter (where (${payslip.flags} ->> 'below_living_wage')::boolean)`.mapWith(Number),
    })
    .from(payslip)
    .where(live)
  const [topUp] = await db
    .select({ total: sql<number>`coalesce(sum(${payslipLine.amount_paise}), 0)`.mapWith(Number) })
    .from(payslipLine)
    .innerJoin(payslip, eq(payslip.id, payslipLine.payslip_id))
    .where(and(live, eq(payslipLine.code, topUpCode), isNull(payslipLine.deleted_at)))
  const perArtisan = await db
    .select({
      artisan_id: payslip.artisan_id,
      artisan_code: payslip.artisan_code,
      effective_hourly_paise: payslip.effective_hourly_paise,
      floor_hourly_paise: payslip.floor_hourly_paise,
      living_hourly_paise: payslip.living_hourly_paise,
    })
    .from(payslip)
    .where(live)
    .orderBy(asc(payslip.effective_hourly_paise), asc(payslip.artisan_code))
  return {
    artisans: counts.artisans,
    below_minimum_before_top_up: counts.below_minimum,
    below_living_wage: counts.below_living,
    top_up_total_paise: topUp.total,
    per_artisan: perArtisan,
  }
}
