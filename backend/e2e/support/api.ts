import { type APIRequestContext, expect, request } from "@playwright/test"
import { type DemoRole, demoUser } from "./sign-in"

/**
 * An API client signed in as the demo user with `role` (a bearer token from
 * /auth/user/emailpass), for what another person does while the test's browser
 * user looks on, such as production correcting output during a review.
 * Dispose of it when done.
 */
export async function apiAs(baseURL: string, role: DemoRole): Promise<APIRequestContext> {
  const user = demoUser(role)
  const anonymous = await request.newContext({ baseURL })
  const response = await anonymous.post("/auth/user/emailpass", { data: { email: user.email, password: user.password } })
  expect(response.status(), `signing in ${user.email} through the API`).toBe(200)
  const { token } = (await response.json()) as { token: string }
  await anonymous.dispose()
  return request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } })
}
