import { useQuery } from "@tanstack/react-query"
import { sdk } from "./sdk"

export type Role = "owner" | "production" | "finance"

export type TeamMember = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  roles: Role[]
}

type TeamRolesResponse = { me: { id: string; roles: Role[] }; users: TeamMember[] }

/** Who may use which area of the admin; the API enforces the same rules, this only hides what would be refused. */
export const AREA_ROLES = {
  payRuns: ["owner", "finance"],
  rates: ["owner", "finance"],
  output: ["owner", "production"],
  artisans: ["owner", "production", "finance"],
  team: ["owner"],
} as const satisfies Record<string, readonly Role[]>

export type Area = keyof typeof AREA_ROLES

export function rolesAllow(roles: readonly Role[], area: Area): boolean {
  return roles.some((role) => (AREA_ROLES[area] as readonly Role[]).includes(role))
}

export const teamRolesQueryKey = ["mukti", "team-roles"] as const

/** The signed-in user's roles, read once and shared by every page. */
export function useRoles() {
  const query = useQuery({
    queryKey: teamRolesQueryKey,
    queryFn: () => sdk.client.fetch<TeamRolesResponse>("/admin/team/roles"),
    staleTime: 5 * 60_000,
  })
  const roles = query.data?.me.roles ?? []
  return {
    roles,
    users: query.data?.users ?? [],
    isLoading: query.isLoading,
    error: query.error,
    can: (area: Area) => rolesAllow(roles, area),
  }
}
