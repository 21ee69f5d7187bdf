import { computePayslip, parseRuleSet, summarisePayRun, type Payslip } from "@mukti/wages"
import type { Knex } from "@mikro-orm/knex"
import type ArtisanModuleService from "../../modules/artisan/service"
import type { ComputedPayslip } from "../../modules/artisan/service"
import { isoFromDate } from "../dates"
import { engineInputs } from "./engine-input"
import { PayRunChunk, PayRunInputs, scanPayRunInputs } from "./inputs"

/** Progress is written at most this often, so reporting it never costs more than the work. */
const PROGRESS_INTERVAL_MS = 500

/** Reads what a run depends on, as of now. Approval compares this hash with the one the draft was computed from. */
export async function currentInputs(
  service: ArtisanModuleService,
  pg: Knex,
  payRunId: string,
  onChunk?: (chunk: PayRunChunk) => void | Promise<void>
): Promise<PayRunInputs> {
  const run = await service.retrievePayRun(payRunId)
  const ruleSet = await service.retrieveRuleSet(run.rule_set_id)
  const holidays = ((run.holidays as { dates?: string[] } | null)?.dates ?? []).slice()
  return scanPayRunInputs(
    pg,
    { start: isoFromDate(run.period_start), end: isoFromDate(run.period_end), holidays },
    { id: ruleSet.id, version: ruleSet.version, rules: ruleSet.rules },
    onChunk
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
  const run = await service.retrievePayRun(payRunId)
  const rules = parseRuleSet((await service.retrieveRuleSet(run.rule_set_id)).rules)
  const computed: ComputedPayslip[] = []
  const payslips: Payslip[] = []
  let engineMs = 0
  let reported = performance.now()
  const inputs = await currentInputs(service, pg, payRunId, async (chunk) => {
    const chunkStarted = performance.now()
    for (const item of engineInputs(chunk)) {
      const payslip = computePayslip(item.input, rules)
      payslips.push(payslip)
      computed.push(toRecord(item.artisan, payslip))
    }
    engineMs += performance.now() - chunkStarted
    if (chunk.artisans_before === 0 || performance.now() - reported > PROGRESS_INTERVAL_MS) {
      const done = chunk.artisans_before + chunk.artisans.length
      await service.updatePayRuns({ id: payRunId, artisans_total: chunk.artisans_in_scope, artisans_done: done })
      reported = performance.now()
    }
  })
  const summary = summarisePayRun(payslips)
  const computedAt = performance.now()
  await service.replacePayslipsAtomically(payRunId, computed, {
    status: "draft",
    inputs_hash: inputs.hash,
    totals: { ...summary, input_parts: inputs.parts },
    artisans_total: inputs.artisans.length,
    artisans_done: inputs.artisans.length,
    computed_at: new Date(),
    compute_error: null,
    unpriced_output_ids: { ids: inputs.unpriced },
  })
  const timings_ms = {
    load: Math.round(computedAt - started - engineMs),
    engine: Math.round(engineMs),
    persist: Math.round(performance.now() - computedAt),
  }
  return { summary, hash: inputs.hash, payslips: computed.length, unpriced: inputs.unpriced.length, timings_ms }
}
