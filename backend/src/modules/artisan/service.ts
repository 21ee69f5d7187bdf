import {
  generateEntityId,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@mikro-orm/postgresql"
import { Adjustment } from "./models/adjustment"
import { Artisan } from "./models/artisan"
import { ArtisanGroup } from "./models/artisan-group"
import { LeaveDay } from "./models/leave-day"
import { OutputRecord } from "./models/output-record"
import { PayRun } from "./models/pay-run"
import { Payment } from "./models/payment"
import { Payslip } from "./models/payslip"
import { PayslipLine } from "./models/payslip-line"
import { PieceRate } from "./models/piece-rate"
import { PublicConsent } from "./models/public-consent"
import { RuleSet } from "./models/rule-set"
import { ServiceSegment } from "./models/service-segment"
import { Task } from "./models/task"

export type ApprovalInput = {
  pay_run_id: string
  approved_by: string
  /** The hash the reviewer saw; approval is refused if the inputs no longer hash to it. */
  reviewed_hash: string
  current_hash: string
  rule_set_snapshot: Record<string, unknown>
  adjustment_ids: string[]
}

export type ComputedPayslip = {
  payslip: Record<string, unknown> & { artisan_id: string }
  lines: Array<{ position: number; code: string; kind: string; label: string; amount_paise: number; basis: string }>
}

const INSERT_CHUNK = 5_000

const raw = (column: string) => `jsonb_build_object('value', (${column})::text, 'precision', 20)`

const INSERT_PAYSLIPS = `
  insert into artisan_payslip (id, pay_run_id, artisan_id, artisan_code, group_id, skill_grade, employment_kind,
    minutes_worked, pieces, days_worked, gross_paise, raw_gross_paise, deductions_paise, raw_deductions_paise,
    net_paise, raw_net_paise, employer_paise, raw_employer_paise, effective_hourly_paise, floor_hourly_paise,
    living_hourly_paise, flags)
  select id, pay_run_id, artisan_id, artisan_code, group_id, skill_grade, employment_kind,
    minutes_worked, pieces, days_worked, gross_paise, ${raw("gross_paise")}, deductions_paise, ${raw("deductions_paise")},
    net_paise, ${raw("net_paise")}, employer_paise, ${raw("employer_paise")}, effective_hourly_paise, floor_hourly_paise,
    living_hourly_paise, flags
  from json_to_recordset(?::json) as x(id text, pay_run_id text, artisan_id text, artisan_code text, group_id text,
    skill_grade text, employment_kind text, minutes_worked int, pieces int, days_worked int, gross_paise numeric,
    deductions_paise numeric, net_paise numeric, employer_paise numeric, effective_hourly_paise int,
    floor_hourly_paise int, living_hourly_paise int, flags jsonb)`

const INSERT_LINES = `
  insert into artisan_payslip_line (id, payslip_id, position, code, kind, label, amount_paise, raw_amount_paise, basis)
  select id, payslip_id, position, code, kind, label, amount_paise, ${raw("amount_paise")}, basis
  from json_to_recordset(?::json) as x(id text, payslip_id text, position int, code text, kind text, label text,
    amount_paise numeric, basis text)`

class ArtisanModuleService extends MedusaService({
  ArtisanGroup,
  Artisan,
  ServiceSegment,
  PublicConsent,
  Task,
  PieceRate,
  OutputRecord,
  LeaveDay,
  RuleSet,
  PayRun,
  Payslip,
  PayslipLine,
  Payment,
  Adjustment,
}) {
  /**
   * Replaces a run's payslips and lines and updates the run in one
   * transaction, so a recompute is never seen half done.
   */
  @InjectTransactionManager()
  async replacePayslipsAtomically(
    payRunId: string,
    computed: ComputedPayslip[],
    runUpdate: Record<string, unknown>,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    await manager.execute(
      "delete from artisan_payslip_line where payslip_id in (select id from artisan_payslip where pay_run_id = ?)",
      [payRunId]
    )
    await manager.execute("delete from artisan_payslip where pay_run_id = ?", [payRunId])
    const payslips = computed.map((c) => ({ ...c.payslip, id: generateEntityId(undefined, "pslip"), pay_run_id: payRunId }))
    const lines = computed.flatMap((c, i) =>
      c.lines.map((l) => ({ ...l, id: generateEntityId(undefined, "pline"), payslip_id: payslips[i].id }))
    )
    // thousands of rows a run: one set-based insert per table instead of an ORM insert per entity
    // bound as parameters by the driver, not inlined into the SQL text as the ORM's execute() does
    const knex = manager.getKnex()
    const transaction = manager.getTransactionContext()
    for (let i = 0; i < payslips.length; i += INSERT_CHUNK) {
      await knex.raw(INSERT_PAYSLIPS, [JSON.stringify(payslips.slice(i, i + INSERT_CHUNK))]).transacting(transaction)
    }
    for (let i = 0; i < lines.length; i += INSERT_CHUNK) {
      await knex.raw(INSERT_LINES, [JSON.stringify(lines.slice(i, i + INSERT_CHUNK))]).transacting(transaction)
    }
    await this.updatePayRuns({ id: payRunId, ...runUpdate }, sharedContext)
  }

  /**
   * Approves a draft in one database transaction: the run row is locked first,
   * so of two approvals at the same moment one waits and then finds the run
   * no longer a draft. A crash anywhere inside rolls everything back.
   */
  @InjectTransactionManager()
  async approvePayRunAtomically(input: ApprovalInput, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const [run] = await manager.execute(
      "select status from artisan_pay_run where id = ? and deleted_at is null for update",
      [input.pay_run_id]
    )
    if (!run) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No pay run with id ${input.pay_run_id}.`)
    if (run.status !== "draft") {
      throw new MedusaError(MedusaError.Types.CONFLICT, `This pay run is already ${run.status}; it was not approved again.`)
    }
    if (input.reviewed_hash !== input.current_hash) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "The output, adjustments or rules changed since this draft was computed; recompute it and review it again."
      )
    }
    // every record dated in the period is locked, corrected originals included: the ledger of the period is closed
    await manager.execute(
      `update artisan_output_record set locked_at = now(), pay_run_id = ?, updated_at = now()
        where locked_at is null and deleted_at is null
          and work_date >= (select period_start from artisan_pay_run where id = ?)
          and work_date <= (select period_end from artisan_pay_run where id = ?)`,
      [input.pay_run_id, input.pay_run_id, input.pay_run_id]
    )
    if (process.env.MUKTI_TEST_CRASH_DURING_APPROVAL === "true") process.kill(process.pid, "SIGKILL")
    if (input.adjustment_ids.length) {
      await manager.execute(
        "update artisan_pay_adjustment set settled_pay_run_id = ?, updated_at = now() where id in (?) and settled_pay_run_id is null",
        [input.pay_run_id, input.adjustment_ids]
      )
    }
    await manager.execute(
      `update artisan_pay_run set status = 'approved', approved_by = ?, approved_at = now(), rule_set_snapshot = ?::jsonb,
         updated_at = now() where id = ?`,
      [input.approved_by, JSON.stringify(input.rule_set_snapshot), input.pay_run_id]
    )
  }
}

export default ArtisanModuleService
