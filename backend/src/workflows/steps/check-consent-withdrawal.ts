import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { ARTISAN_MODULE } from "../../modules/artisan"
import type ArtisanModuleService from "../../modules/artisan/service"

export const checkConsentWithdrawalStep = createStep(
  "check-consent-withdrawal",
  async (input: { id: string; artisan_id: string }, { container }) => {
    const service: ArtisanModuleService = container.resolve(ARTISAN_MODULE)
    const [consent] = await service.listPublicConsents({ id: input.id, artisan_id: input.artisan_id })
    if (!consent) throw new MedusaError(MedusaError.Types.NOT_FOUND, `This artisan has no consent ${input.id}.`)
    if (consent.withdrawn_on) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This consent was already withdrawn.")
    return new StepResponse(consent)
  }
)
