import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ARTISAN_MODULE } from "../../../modules/artisan"
import type ArtisanModuleService from "../../../modules/artisan/service"
import { currentInputs } from "../../../lib/payroll/compute"
import { changedParts, InputPart } from "../../../lib/payroll/inputs"

export type ApprovePayRunInput = { id: string; approved_by: string; inputs_hash: string }

/**
 * Approves once: the inputs must still hash to what the reviewer saw, and the
 * module flips the run, locks its output and settles its adjustments in one
 * transaction (so it has no compensation: it either happened or it did not).
 */
export const approvePayRunStep = createStep("approve-pay-run", async (input: ApprovePayRunInput, { container }) => {
  const service: ArtisanModuleService = container.resolve(ARTISAN_MODULE)
  const run = await service.retrievePayRun(input.id)
  if (run.status !== "draft") {
    throw new MedusaError(MedusaError.Types.CONFLICT, `This pay run is already ${run.status}; it was not approved again.`)
  }
  if (input.inputs_hash !== run.inputs_hash) {
    throw new MedusaError(MedusaError.Types.CONFLICT, "This draft was recomputed after you reviewed it; review the new figures and approve again.")
  }
  const now = await currentInputs(service, container.resolve(ContainerRegistrationKeys.PG_CONNECTION), run.id)
  if (now.hash !== run.inputs_hash) {
    const before = ((run.totals as { input_parts?: Partial<Record<InputPart, string>> } | null)?.input_parts ?? {})
    const changed = changedParts(before, now.parts)
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `Since this draft was computed, its ${changed.join(", ") || "inputs"} changed; recompute it and review it again.`
    )
  }
  const ruleSet = await service.retrieveRuleSet(run.rule_set_id)
  await service.approvePayRunAtomically({
    pay_run_id: run.id,
    approved_by: input.approved_by,
    reviewed_hash: input.inputs_hash,
    current_hash: now.hash,
    rule_set_snapshot: { id: ruleSet.id, version: ruleSet.version, name: ruleSet.name, rules: ruleSet.rules },
    adjustment_ids: now.adjustments.map((a) => a.id),
  })
  return new StepResponse(await service.retrievePayRun(run.id))
})
