import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { rolesOfUser } from "./roles"

/**
 * Medusa's own user routes let any admin edit any user's metadata, which is
 * where roles live; only an owner may change them there.
 */
export async function protectUserRoles(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const metadata = (req.body as { metadata?: Record<string, unknown> } | undefined)?.metadata
    if (metadata && "roles" in metadata) {
      const roles = await rolesOfUser(req.scope, req.auth_context.actor_id)
      if (!roles.includes("owner")) {
        throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only owner staff may change someone's roles.")
      }
    }
    next()
  } catch (error) {
    next(error)
  }
}
