import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { Role, rolesOfUser } from "./roles"

declare module "@medusajs/framework/http" {
  interface MedusaRequest {
    /** The signed-in admin's roles, set by requireRoles. */
    roles?: Role[]
  }
}

function listOf(roles: Role[]): string {
  return roles.length > 1 ? `${roles.slice(0, -1).join(", ")} or ${roles[roles.length - 1]}` : roles[0]
}

/** Refuses the request with a 403 that says why, unless the admin has one of `allowed`. */
export function requireRoles(allowed: Role[], action: string) {
  return async (req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      const userId = req.auth_context?.actor_id
      if (!userId || req.auth_context?.actor_type !== "user") {
        throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Sign in as an admin user first.")
      }
      const roles = req.roles ?? (await rolesOfUser(req.scope, userId))
      req.roles = roles
      if (!roles.some((r) => allowed.includes(r))) {
        const yours = roles.length ? `you have ${listOf(roles)}` : "you have no role yet; ask an owner to give you one"
        throw new MedusaError(
          MedusaError.Types.FORBIDDEN,
          `Only ${listOf(allowed)} staff may ${action}; ${yours}.`
        )
      }
      next()
    } catch (error) {
      next(error)
    }
  }
}
