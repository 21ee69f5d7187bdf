import { createUsersWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { countCreated, SeedContext } from "./context"
import demoUsers from "./demo-users.json"

export type Role = "owner" | "production" | "finance"

/** Demo logins, shared with scripts/dev.mjs and the README. Change the passwords before any real use. */
export const DEMO_USERS = demoUsers as Array<{ email: string; password: string; first_name: string; roles: Role[] }>

export async function seedAdminUsers(ctx: SeedContext): Promise<void> {
  const userService = ctx.container.resolve(Modules.USER)
  const authService = ctx.container.resolve(Modules.AUTH)
  for (const demo of DEMO_USERS) {
    const [existing] = await userService.listUsers({ email: demo.email })
    if (existing) continue
    const { result } = await createUsersWorkflow(ctx.container).run({
      input: {
        users: [{ email: demo.email, first_name: demo.first_name, last_name: "(demo)", metadata: { roles: demo.roles } }],
      },
    })
    const { authIdentity, error } = await authService.register("emailpass", {
      body: { email: demo.email, password: demo.password },
    })
    if (error || !authIdentity) throw new Error(`Could not register ${demo.email}: ${error}`)
    await authService.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: result[0].id } })
    countCreated(ctx, "admin users")
  }
}
