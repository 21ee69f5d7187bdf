import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { ARTISAN_MODULE } from "../../../modules/artisan"
import type ArtisanModuleService from "../../../modules/artisan/service"

export type CreateAdjustmentInput = {
  corrects_payslip_id: string
  amount_paise: number
  reason: string
  created_by: string
}

/** Adjustments correct approved pay only; a draft is simply recomputed. */
export const createAdjustmentStep = createStep(
  "create-pay-adjustment",
  async (input: CreateAdjustmentInput, { container }) => {
    const service: ArtisanModuleService = container.resolve(ARTISAN_MODULE)
    const [payslip] = await service.listPayslips({ id: input.corrects_payslip_id }, { relations: ["pay_run"] })
    if (!payslip) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No payslip with id ${input.corrects_payslip_id}.`)
    if (!["approved", "paid"].includes(payslip.pay_run.status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `That payslip is in a ${payslip.pay_run.status} run; fix the output and recompute the draft instead.`
      )
    }
    const [created] = await service.createAdjustments([{ ...input, artisan_id: payslip.artisan_id }])
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (id) await (container.resolve(ARTISAN_MODULE) as ArtisanModuleService).deleteAdjustments([id])
  }
)
