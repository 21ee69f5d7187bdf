import type { Role } from "./roles"

const PEOPLE: Record<Role, string> = { owner: "owners", production: "production staff", finance: "finance staff" }

/** Who holds some roles, in words: ["owner", "finance"] -> "owners and finance staff". */
export function whoMay(roles: readonly Role[]): string {
  const words = roles.map((role) => PEOPLE[role])
  if (words.length <= 1) return words.join("")
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`
}
