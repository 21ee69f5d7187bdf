import { sql } from "drizzle-orm"
import type { ReportsDb } from "../db"

export type RetentionRow = {
  group_id: string
  group_name: string
  months: number
  cohort: number
  retained: number
}

export const RETENTION_MONTHS = [12, 24, 60] as const

/**
 * Retention per group: of the artisans first hired at least N months before
 * `asOf`, how many were still employed N months after that first hire.
 */
export async function retentionByGroup(db: ReportsDb, asOf: string): Promise<RetentionRow[]> {
  const result = await db.execute<{ group_id: string; group_name: string; months: number; cohort: string; retained: string }>(sql`
    with first_hire as (
      select a.id as artisan_id, a.group_id, min(s.hire_date) as hired
        from artisan a join artisan_service_segment s on s.artisan_id = a.id and s.deleted_at is null
       where a.deleted_at is null
       group by a.id, a.group_id
    ), horizons as (select unnest(array[12, 24, 60]) as months)
    select g.id as group_id, g.name as group_name, h.months,
           count(f.artisan_id) filter (where f.hired + make_interval(months => h.months) <= ${asOf}::date) as cohort,
           count(f.artisan_id) filter (
             where f.hired + make_interval(months => h.months) <= ${asOf}::date
               and exists (select 1 from artisan_service_segment s
                            where s.artisan_id = f.artisan_id and s.deleted_at is null
                              and s.hire_date <= f.hired + make_interval(months => h.months)
                              and (s.exit_date is null or s.exit_date >= f.hired + make_interval(months => h.months)))
           ) as retained
      from artisan_group g cross join horizons h
      left join first_hire f on f.group_id = g.id
     where g.deleted_at is null
     group by g.id, g.name, h.months
     order by g.name, h.months`)
  return result.rows.map((r) => ({ ...r, months: Number(r.months), cohort: Number(r.cohort), retained: Number(r.retained) }))
}
