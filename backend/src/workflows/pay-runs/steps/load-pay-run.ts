import { MedusaError } from "@medusajs/framework/utils"
import type ArtisanModuleService from "../../../modules/artisan/service"

type Status = "computing" | "draft" | "approved" | "paid" | "cancelled"

/** Fetches a run and refuses, in words, if it is not in one of the states `action` needs. */
export async function payRunIn(service: ArtisanModuleService, id: string, allowed: Status[], action: string) {
  const [run] = await service.listPayRuns({ id })
  if (!run) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No pay run with id ${id}.`)
  if (!allowed.includes(run.status)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Only a ${allowed.join(" or ")} pay run can be ${action}; this one is ${run.status}.`
    )
  }
  return run
}
