import { z } from "@medusajs/framework/zod"
import { ROLES } from "../../access/roles"

export const SetRolesBody = z.object({
  roles: z
    .array(z.enum(ROLES, { error: `each role must be one of ${ROLES.join(", ")}` }))
    .max(ROLES.length)
    .refine((r) => new Set(r).size === r.length, { message: "each role may appear only once" }),
})
