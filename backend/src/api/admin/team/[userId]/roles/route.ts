import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { updateUsersWorkflow } from "@medusajs/medusa/core-flows"
import type { SetRolesBody } from "../../validators"

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof SetRolesBody>>, res: MedusaResponse) {
  const { roles } = req.validatedBody
  const userService = req.scope.resolve(Modules.USER)
  const user = await userService.retrieveUser(req.params.userId)
  if (user.id === req.auth_context.actor_id && !roles.includes("owner")) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "You cannot remove your own owner role; ask another owner.")
  }
  await updateUsersWorkflow(req.scope).run({
    input: { updates: [{ id: user.id, metadata: { ...(user.metadata ?? {}), roles } }] },
  })
  res.json({ user: { id: user.id, email: user.email, roles } })
}
