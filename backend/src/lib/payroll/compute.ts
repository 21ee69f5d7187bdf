import { computePayslip, parseRuleSet, summarisePayRun, type Payslip } from "@mukti/wages"
import type { Knex } from "@mikro-orm/knex"
import type ArtisanModuleService from "../../modules/artisan/service"
import type { ComputedPayslip } from "../../modules/artisan/service"
import { isoFromDate } from "../dates"
import { engineInputs } from "./engine-input"
import { loadPayRunInputs, PayRunInputs } from "./inputs"

/** Progress is written at most this often, so reporting it never costs more than the work. */
const PROGRESS_INTERVAL_MS = 500

/** Reads what a run depends on, as of now. Approval compares this hash with the one the draft was computed from. */
export async function currentInputs(service: ArtisanModuleService, pg: Knex, payRunId: string): Promise<PayRunInputs> {
  const run = await service.retrievePayRun(payRunId)
  const ruleSet = await service.retrieveRuleSet(run.rule_set_id)
  const holidays = ((run.holidays as { dates?: string[] } | null)?.dates ?? []).slice()
  return loadPayRunInputs(
    pg,
    { start: isoFromDate(run.period_start), end: isoFromDate(run.period_end), holidays },
    { id: ruleSet.id, version: ruleSet.version, rules: ruleSet.rules }
  )
}

function toRecord(artisan: PayRunInputs["artisans"][number], p: Payslip): ComputedPayslip {
  return {
    payslip: {
      artisan_id: artisan.id,
      artisan_code: artisan.code,
      group_id: artisan.group_id,
      skill_grade: artisan.skill_grade,
      employment_kind: artisan.employment_kind,
      minutes_worked: p.minutes_worked,
      pieces: p.pieces,
      days_worked: p.days_worked,
      gross_paise: p.gross,
      deductions_paise: p.deductions,
      net_paise: p.net,
      employer_paise: p.employer_contributions,
      effective_hourly_paise: p.effective_hourly_paise,
      floor_hourly_paise: p.floor_hourly_paise,
      living_hourly_paise: p.living_hourly_paise,
      flags: p.flags,
    },
    lines: p.lines.map((l, position) => ({ position, code: l.code, kind: l.kind, label: l.label, amount_paise: l.amount, basis: l.basis })),
  }
}

/**
 * Computes every payslip of a run with the wage engine and stores them, with
 * the inputs' hash and the run's totals, replacing any earlier computation.
 */
export async function computePayRun(service: ArtisanModuleService, pg: Knex, payRunId: string) {
  const started = performance.now()
  const inputs = await currentInputs(service, pg, payRunId)
  const loaded = performance.now()
  const rules = parseRuleSet(inputs.rule_set.rules)
  const work = engineInputs(inputs)
  await service.updatePayRuns({ id: payRunId, artisans_total: work.length, artisans_done: 0 })
  const computed: ComputedPayslip[] = []
  const payslips: Payslip[] = []
  let reported = performance.now()
  for (const [i, item] of work.entries()) {
    const payslip = computePayslip(item.input, rules)
    payslips.push(payslip)
    computed.push(toRecord(item.artisan, payslip))
    if (performance.now() - reported > PROGRESS_INTERVAL_MS) {
      await service.updatePayRuns({ id: payRunId, artisans_done: i + 1 })
      reported = performance.now()
    }
  }
  const summary = summarisePayRun(payslips)
  const computedAt = performance.now()
  await service.replacePayslipsAtomically(payRunId, computed, {
    status: "draft",
    inputs_hash: inputs.hash,
    totals: { ...summary, input_parts: inputs.parts },
    artisans_done: work.length,
    computed_at: new Date(),
    unpriced_output_ids: { ids: inputs.unpriced },
  })
  const timings_ms = {
    load: Math.round(loaded - started),
    engine: Math.round(computedAt - loaded),
    persist: Math.round(performance.now() - computedAt),
  }
  return { summary, hash: inputs.hash, payslips: work.length, unpriced: inputs.unpriced.length, timings_ms }
}
