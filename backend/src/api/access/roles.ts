import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

export const ROLES = ["owner", "production", "finance"] as const
export type Role = (typeof ROLES)[number]

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value)
}

/** The roles an admin user carries in `metadata.roles`; anything unknown there is ignored. */
export async function rolesOfUser(container: MedusaContainer, userId: string): Promise<Role[]> {
  const [user] = await container.resolve(Modules.USER).listUsers({ id: userId }, { select: ["id", "metadata"] })
  const raw = user?.metadata?.roles
  return Array.isArray(raw) ? raw.filter(isRole) : []
}

/** Legal names and personal details are for the people who keep the register. */
export function canSeePrivateFields(roles: Role[]): boolean {
  return roles.includes("owner") || roles.includes("production")
}
