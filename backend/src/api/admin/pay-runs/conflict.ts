import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Medusa answers every conflict with a generic retry message; for pay runs
 * the reason (already approved, inputs changed) is the answer, so send it.
 */
export async function answeringConflicts(res: MedusaResponse, action: () => Promise<void>): Promise<void> {
  try {
    await action()
  } catch (error) {
    if (MedusaError.isMedusaError(error) && (error as MedusaError).type === MedusaError.Types.CONFLICT) {
      res.status(409).json({ type: "conflict", message: (error as MedusaError).message })
      return
    }
    throw error
  }
}
