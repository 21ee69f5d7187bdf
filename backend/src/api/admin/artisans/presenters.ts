import type { Role } from "../../access/roles"
import { canSeePrivateFields } from "../../access/roles"

const PRIVATE_FIELDS = ["legal_name", "personal_details"] as const

/** Strips what only the register keepers may read; finance sees the artisan by her code. */
export function presentArtisan<T extends Record<string, unknown>>(artisan: T, roles: Role[]) {
  if (canSeePrivateFields(roles)) return artisan
  const copy: Record<string, unknown> = { ...artisan }
  for (const field of PRIVATE_FIELDS) delete copy[field]
  return copy
}
