import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ARTISAN_MODULE } from "../src/modules/artisan"
import type ArtisanModuleService from "../src/modules/artisan/service"
import { computePayRun } from "../src/lib/payroll/compute"
import { seedRuleSet } from "../src/scripts/seed/payroll"

const DAYS = 26
const TASKS = 3

/** Writes `artisans` artisans with a month of output straight into the tables, in a few set-based statements. */
async function generate(pg: import("@mikro-orm/knex").Knex, prefix: string, artisans: number) {
  const group = `agrp_${prefix}`
  await pg.raw(`insert into artisan_group (id, name, handle, city, kind, is_public) values (?, ?, ?, 'Kolkata', 'unit', false)`, [group, `Bench ${prefix}`, `bench-${prefix}`])
  await pg.raw(
    `insert into artisan (id, code, legal_name, skill_grade, employment_kind, epf_enrolled, esi_enrolled, group_id)
     select '${prefix}_a' || n, '${prefix.toUpperCase()}-' || n, 'Bench ' || n,
            (array['unskilled','semi_skilled','skilled','highly_skilled'])[1 + n % 4], 'employee', n % 3 <> 0, n % 2 = 0, ?
       from generate_series(1, ?) n`,
    [group, artisans]
  )
  await pg.raw(
    `insert into artisan_service_segment (id, hire_date, artisan_id) select '${prefix}_s' || n, '2020-01-01', '${prefix}_a' || n from generate_series(1, ?) n`,
    [artisans]
  )
  await pg.raw(`insert into artisan_task (id, code, name) select '${prefix}_t' || t, '${prefix.toUpperCase()}-T' || t, 'Task ' || t from generate_series(1, ${TASKS}) t`)
  await pg.raw(
    `insert into artisan_piece_rate (id, effective_from, rate_paise, standard_minutes, task_id)
     select '${prefix}_r' || t, '2026-01-01', 1500 + t * 1000, 30, '${prefix}_t' || t from generate_series(1, ${TASKS}) t`
  )
  // 26 working days of August 2026 (Mondays to Saturdays)
  await pg.raw(
    `insert into artisan_output_record (id, work_date, quantity_accepted, quantity_rejected, minutes_worked, recorded_by, artisan_id, task_id)
     select '${prefix}_o' || n || '_' || d || '_' || t, day, 3 + (n + t) % 9, 0, 150 + (n % 4) * 15, 'bench', '${prefix}_a' || n, '${prefix}_t' || t
       from generate_series(1, ?) n,
            (select row_number() over () as d, day from generate_series('2026-08-01'::date, '2026-08-31'::date, interval '1 day') day
              where extract(dow from day) <> 0 limit ${DAYS}) days,
            generate_series(1, ${TASKS}) t`,
    [artisans]
  )
  await pg.raw("analyze artisan_output_record")
}

async function measure(getContainer: () => import("@medusajs/framework/types").MedusaContainer, artisans: number, label: string) {
  const container = getContainer()
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const service: ArtisanModuleService = container.resolve(ARTISAN_MODULE)
  await pg.raw("delete from artisan_output_record; delete from artisan_payslip_line; delete from artisan_payslip; delete from artisan_pay_run")
  await generate(pg, label, artisans)
  const [ruleSet] = await service.listRuleSets({ version: 1 })
  const [run] = await service.createPayRuns([
    { period_start: new Date("2026-08-01T00:00:00Z"), period_end: new Date("2026-08-31T00:00:00Z"), status: "computing", rule_set_id: ruleSet.id, created_by: "bench" },
  ])
  const groupBy = async () => {
    const started = performance.now()
    await pg.raw(
      `select artisan_id, sum(quantity_accepted) as pieces, sum(minutes_worked) as minutes from artisan_output_record
        where work_date between '2026-08-01' and '2026-08-31' and deleted_at is null group by artisan_id`
    )
    return performance.now() - started
  }
  await groupBy()
  const query = await groupBy()
  const started = performance.now()
  const result = await computePayRun(service, pg, run.id)
  const draft = performance.now() - started
  const records = artisans * DAYS * TASKS
  console.log(
    `pay run draft: ${artisans.toLocaleString("en-IN")} artisans x ${DAYS} days x ${TASKS} tasks = ${records.toLocaleString("en-IN")} output records\n` +
      `  compute and persist: ${(draft / 1000).toFixed(2)} s (${result.payslips} payslips; load ${result.timings_ms.load} ms, engine ${result.timings_ms.engine} ms, persist ${result.timings_ms.persist} ms)\n` +
      `  one SELECT ... GROUP BY artisan over the same rows: ${query.toFixed(0)} ms\n` +
      `  ratio draft / group-by: ${(draft / query).toFixed(1)}x`
  )
  return draft
}

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    it("computes and persists a draft for 1,000 and 10,000 artisans", async () => {
      await seedRuleSet({ container: getContainer(), log: () => {}, created: {} })
      const small = await measure(getContainer, 1_000, "small")
      const large = process.env.BENCH_SMALL_ONLY ? small * 10 : await measure(getContainer, 10_000, "large")
      console.log(`scaling: 10x the data took ${(large / small).toFixed(1)}x the time (target <= 11x; 3 s target for 1,000 artisans)`)
    }, 1_800_000)
  },
})
