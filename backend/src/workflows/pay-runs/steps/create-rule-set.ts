import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ARTISAN_MODULE } from "../../../modules/artisan"
import type ArtisanModuleService from "../../../modules/artisan/service"

export type CreateRuleSetInput = {
  name: string
  effective_from: Date
  source_note: string
  rules: Record<string, unknown>
  created_by: string | null
}

/** Writes the next version number; the unique version column refuses a concurrent duplicate. */
export const createRuleSetStep = createStep(
  "create-rule-set",
  async (input: CreateRuleSetInput, { container }) => {
    const service: ArtisanModuleService = container.resolve(ARTISAN_MODULE)
    const [latest] = await service.listRuleSets({}, { order: { version: "DESC" }, take: 1, select: ["version"] })
    const [created] = await service.createRuleSets([{ ...input, version: (latest?.version ?? 0) + 1 }])
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (id) await (container.resolve(ARTISAN_MODULE) as ArtisanModuleService).deleteRuleSets([id])
  }
)
