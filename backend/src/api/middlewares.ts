import {
  defineMiddlewares,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { ADMIN_POLICY } from "./access/policy"
import { protectUserRoles } from "./access/protect-user-roles"
import { requireRoles } from "./access/require-roles"
import { CreateArtisanGroupBody, ListArtisanGroupsQuery, UpdateArtisanGroupBody } from "./admin/artisan-groups/validators"
import {
  CreateArtisanBody,
  ListArtisansQuery,
  ListLeaveQuery,
  RecordConsentBody,
  RecordLeaveBody,
  SegmentBody,
  UpdateArtisanBody,
  UpdateSegmentBody,
} from "./admin/artisans/validators"
import { CorrectionBody, ListOutputQuery, OutputBatchBody } from "./admin/output/validators"
import { SetAttributionBody } from "./admin/products/[id]/makers/validators"
import { CreateTaskBody, ListTasksQuery, RateBody, UpdateTaskBody } from "./admin/tasks/validators"
import { SetRolesBody } from "./admin/team/validators"
import {
  ApprovePayRunBody,
  CreateAdjustmentBody,
  CreatePayRunBody,
  ListAdjustmentsQuery,
  ListPayRunsQuery,
  RecordPaymentBody,
  TenureQuery,
} from "./admin/pay-runs/validators"
import { CreateRuleSetBody, ListRuleSetsQuery } from "./admin/rule-sets/validators"
import { listQueryConfig } from "./validation"

type Schema = z.ZodType
const body = (schema: Schema) => validateAndTransformBody(schema)
const list = (schema: Schema) => validateAndTransformQuery(schema, listQueryConfig)

/** Validation per route, keyed "METHOD path" as in ADMIN_POLICY. */
const VALIDATION: Record<string, ReturnType<typeof body>> = {
  "GET /admin/artisan-groups": list(ListArtisanGroupsQuery),
  "POST /admin/artisan-groups": body(CreateArtisanGroupBody),
  "POST /admin/artisan-groups/:id": body(UpdateArtisanGroupBody),
  "GET /admin/artisans": list(ListArtisansQuery),
  "POST /admin/artisans": body(CreateArtisanBody),
  "POST /admin/artisans/:id": body(UpdateArtisanBody),
  "POST /admin/artisans/:id/segments": body(SegmentBody),
  "POST /admin/artisans/:id/segments/:segmentId": body(UpdateSegmentBody),
  "POST /admin/artisans/:id/consents": body(RecordConsentBody),
  "GET /admin/artisans/:id/leave": validateAndTransformQuery(ListLeaveQuery, { defaults: ["id"] }),
  "POST /admin/artisans/:id/leave": body(RecordLeaveBody),
  "GET /admin/tasks": list(ListTasksQuery),
  "POST /admin/tasks": body(CreateTaskBody),
  "POST /admin/tasks/:id": body(UpdateTaskBody),
  "POST /admin/tasks/:id/rates": body(RateBody),
  "GET /admin/output": list(ListOutputQuery),
  "POST /admin/output/batches": body(OutputBatchBody),
  "POST /admin/output/:id/corrections": body(CorrectionBody),
  "POST /admin/products/:id/makers": body(SetAttributionBody),
  "POST /admin/team/:userId/roles": body(SetRolesBody),
  "GET /admin/rule-sets": list(ListRuleSetsQuery),
  "POST /admin/rule-sets": body(CreateRuleSetBody),
  "GET /admin/pay-runs": list(ListPayRunsQuery),
  "POST /admin/pay-runs": body(CreatePayRunBody),
  "POST /admin/pay-runs/:id/approve": body(ApprovePayRunBody),
  "POST /admin/pay-runs/:id/payments": body(RecordPaymentBody),
  "GET /admin/adjustments": list(ListAdjustmentsQuery),
  "POST /admin/adjustments": body(CreateAdjustmentBody),
  "GET /admin/reports/tenure": validateAndTransformQuery(TenureQuery, { defaults: ["id"] }),
}

// Roles are checked before the body is validated, so a refused caller learns nothing about the input rules.
const artisanRoutes: MiddlewareRoute[] = ADMIN_POLICY.map((policy) => {
  const validation = VALIDATION[`${policy.method} ${policy.path}`]
  return {
    method: [policy.method],
    matcher: policy.path,
    middlewares: [requireRoles(policy.roles, policy.action), ...(validation ? [validation] : [])],
  }
})

export default defineMiddlewares({
  routes: [
    ...artisanRoutes,
    { method: ["POST"], matcher: "/admin/users/:id", middlewares: [protectUserRoles] },
    { method: ["POST"], matcher: "/admin/users/me", middlewares: [protectUserRoles] },
  ],
})
