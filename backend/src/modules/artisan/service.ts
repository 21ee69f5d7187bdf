import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@mikro-orm/postgresql"
import { Adjustment } from "./models/adjustment"
import { Artisan } from "./models/artisan"
import { ArtisanGroup } from "./models/artisan-group"
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
  output_record_ids: string[]
  adjustment_ids: string[]
}

class ArtisanModuleService extends MedusaService({
  ArtisanGroup,
  Artisan,
  ServiceSegment,
  PublicConsent,
  Task,
  PieceRate,
  OutputRecord,
  RuleSet,
  PayRun,
  Payslip,
  PayslipLine,
  Payment,
  Adjustment,
}) {
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
    if (input.output_record_ids.length) {
      await manager.execute(
        "update artisan_output_record set locked_at = now(), pay_run_id = ? where id = any(?) and locked_at is null",
        [input.pay_run_id, input.output_record_ids]
      )
    }
    if (process.env.MUKTI_TEST_CRASH_DURING_APPROVAL === "true") process.kill(process.pid, "SIGKILL")
    if (input.adjustment_ids.length) {
      await manager.execute(
        "update artisan_pay_adjustment set settled_pay_run_id = ? where id = any(?) and settled_pay_run_id is null",
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
