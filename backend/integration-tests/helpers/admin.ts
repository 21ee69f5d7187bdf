import type { AxiosInstance } from "axios"
import { DEMO_USERS } from "../../src/scripts/seed/users"

export type RoleName = "owner" | "production" | "finance"

/** Signs in the seeded demo user holding `role` and returns headers for admin calls. */
export async function signIn(api: AxiosInstance, role: RoleName): Promise<{ authorization: string }> {
  const user = DEMO_USERS.find((u) => u.roles.includes(role))!
  const { data } = await api.post("/auth/user/emailpass", { email: user.email, password: user.password })
  return { authorization: `Bearer ${data.token}` }
}

export async function signInAll(api: AxiosInstance): Promise<Record<RoleName, { authorization: string }>> {
  return {
    owner: await signIn(api, "owner"),
    production: await signIn(api, "production"),
    finance: await signIn(api, "finance"),
  }
}

/** Axios options that return every status instead of throwing, so tests can assert on refusals. */
export const anyStatus = { validateStatus: () => true }
