import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { ARTISAN_MODULE } from "../../modules/artisan"
import type ArtisanModuleService from "../../modules/artisan/service"
import { isoFromDate } from "../../lib/dates"

export type SegmentCheckInput = {
  artisan_id: string
  segment_id?: string
  hire_date?: Date
  exit_date?: Date | null
}

const FAR_FUTURE = "9999-12-31"

/** Service periods of one artisan may not overlap, and none may end before it starts. */
export const checkServiceSegmentStep = createStep("check-service-segment", async (input: SegmentCheckInput, { container }) => {
  const service: ArtisanModuleService = container.resolve(ARTISAN_MODULE)
  const segments = await service.listServiceSegments({ artisan_id: input.artisan_id })
  const current = segments.find((s) => s.id === input.segment_id)
  if (input.segment_id && !current) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `This artisan has no service period ${input.segment_id}.`)
  }
  const hire = isoFromDate(input.hire_date ?? current!.hire_date)
  const exitValue = input.exit_date !== undefined ? input.exit_date : current?.exit_date
  const exit = exitValue ? isoFromDate(exitValue) : FAR_FUTURE
  if (exit < hire) throw new MedusaError(MedusaError.Types.INVALID_DATA, `The exit date ${exit} is before the hire date ${hire}.`)
  const clash = segments.find((s) => {
    if (s.id === input.segment_id) return false
    const otherExit = s.exit_date ? isoFromDate(s.exit_date) : FAR_FUTURE
    return isoFromDate(s.hire_date) <= exit && hire <= otherExit
  })
  if (clash) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `This period overlaps the one from ${isoFromDate(clash.hire_date)}; close that one first.`
    )
  }
  return new StepResponse(true)
})
