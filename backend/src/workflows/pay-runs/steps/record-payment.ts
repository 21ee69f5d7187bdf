import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { ARTISAN_MODULE } from "../../../modules/artisan"
import type ArtisanModuleService from "../../../modules/artisan/service"
import { dateFromIso } from "../../../lib/dates"
import { payRunIn } from "./load-pay-run"

export type RecordPaymentInput = {
  pay_run_id: string
  payslip_id?: string
  reference: string
  method: "bank_transfer" | "cash"
  paid_on: string
  recorded_by: string
}

/**
 * Records money paid for one payslip or for every unpaid payslip of the run,
 * and marks the run paid once nothing in it is left unpaid.
 */
export const recordPaymentStep = createStep(
  "record-pay-run-payment",
  async (input: RecordPaymentInput, { container }) => {
    const service: ArtisanModuleService = container.resolve(ARTISAN_MODULE)
    const run = await payRunIn(service, input.pay_run_id, ["approved"], "paid")
    const payslips = await service.listPayslips({ pay_run_id: run.id }, { select: ["id", "net_paise"] })
    const payments = await service.listPayments({ pay_run_id: run.id }, { select: ["payslip_id"] })
    const paid = new Set(payments.map((p) => p.payslip_id))
    if (input.payslip_id && !payslips.some((p) => p.id === input.payslip_id)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Payslip ${input.payslip_id} is not in this pay run.`)
    }
    if (input.payslip_id && paid.has(input.payslip_id)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This payslip was already paid.")
    }
    const unpaid = payslips.filter((p) => !paid.has(p.id) && (!input.payslip_id || p.id === input.payslip_id))
    const created = await service.createPayments(
      unpaid.map((p) => ({
        pay_run_id: run.id,
        payslip_id: p.id,
        reference: input.reference,
        method: input.method,
        paid_on: dateFromIso(input.paid_on),
        amount_paise: p.net_paise,
        recorded_by: input.recorded_by,
      }))
    )
    const everythingPaid = payslips.every((p) => paid.has(p.id) || unpaid.some((u) => u.id === p.id))
    if (everythingPaid) await service.updatePayRuns({ id: run.id, status: "paid", paid_at: new Date() })
    return new StepResponse(created, { payment_ids: created.map((p) => p.id), run_id: run.id, markedPaid: everythingPaid })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: ArtisanModuleService = container.resolve(ARTISAN_MODULE)
    await service.deletePayments(undo.payment_ids)
    if (undo.markedPaid) await service.updatePayRuns({ id: undo.run_id, status: "approved", paid_at: null })
  }
)
