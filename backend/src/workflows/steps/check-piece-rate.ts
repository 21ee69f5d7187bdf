import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { ARTISAN_MODULE } from "../../modules/artisan"
import type ArtisanModuleService from "../../modules/artisan/service"
import { isoFromDate } from "../../lib/dates"

/**
 * A new rate may not start on a day that already has one, nor before work
 * that is locked into an approved pay run (that pay would change).
 */
export const checkPieceRateStep = createStep(
  "check-piece-rate",
  async (input: { task_id: string; effective_from: Date }, { container }) => {
    const service: ArtisanModuleService = container.resolve(ARTISAN_MODULE)
    const task = await service.retrieveTask(input.task_id, { relations: ["rates"] })
    const day = isoFromDate(input.effective_from)
    if (task.rates.some((r) => isoFromDate(r.effective_from) === day)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Task ${task.code} already has a rate starting ${day}.`)
    }
    const [locked] = await service.listOutputRecords(
      { task_id: input.task_id, work_date: { $gte: input.effective_from }, locked_at: { $ne: null } },
      { select: ["id"], take: 1 }
    )
    if (locked) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Work on ${task.code} from ${day} is already in an approved pay run; start the new rate after that period.`
      )
    }
    return new StepResponse(true)
  }
)
