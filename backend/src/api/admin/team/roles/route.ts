import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { isRole } from "../../../access/roles"

/** Every admin user with the roles they hold, for the admin UI and for owners managing the team. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const users = await req.scope.resolve(Modules.USER).listUsers({}, { select: ["id", "email", "first_name", "last_name", "metadata"] })
  res.json({
    me: { id: req.auth_context.actor_id, roles: req.roles ?? [] },
    users: users.map((u) => ({
      id: u.id,
      email: u.email,
      first_name: u.first_name,
      last_name: u.last_name,
      roles: Array.isArray(u.metadata?.roles) ? (u.metadata!.roles as unknown[]).filter(isRole) : [],
    })),
  })
}
