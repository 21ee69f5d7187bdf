import { expect, type Page } from "@playwright/test"
import demoUsers from "../../src/scripts/seed/demo-users.json"

export type DemoRole = "owner" | "production" | "finance"

type DemoUser = { email: string; password: string; roles: DemoRole[] }

/** The seeded demo account whose only role is `role` (see src/scripts/seed/demo-users.json). */
export function demoUser(role: DemoRole): DemoUser {
  const user = (demoUsers as DemoUser[]).find((candidate) => candidate.roles.length === 1 && candidate.roles[0] === role)
  if (!user) throw new Error(`The seed has no demo user with only the ${role} role`)
  return user
}

/**
 * Signs in through the dashboard's own login form, as a person would, and waits
 * until the dashboard has left the login page; the session cookie it sets is what
 * every later request from the page (and `page.request`) carries.
 */
export async function signIn(page: Page, role: DemoRole): Promise<DemoUser> {
  const user = demoUser(role)
  await page.goto("/app/login")
  await page.getByPlaceholder("Email").fill(user.email)
  await page.getByPlaceholder("Password").fill(user.password)
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await expect(page).not.toHaveURL(/\/app\/login/, { timeout: 30_000 })
  return user
}
