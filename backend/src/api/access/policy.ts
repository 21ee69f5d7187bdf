import type { Role } from "./roles"

type Method = "GET" | "POST" | "DELETE"

export type RoutePolicy = {
  method: Method
  /** Express-style path, as Medusa's router matches it. */
  path: string
  roles: Role[]
  /** What the route does, in the words a refusal uses. */
  action: string
}

const REGISTER_READERS: Role[] = ["owner", "production", "finance"]
const REGISTER_KEEPERS: Role[] = ["owner", "production"]
const RATE_SETTERS: Role[] = ["owner", "finance"]
const PAYROLL: Role[] = ["owner", "finance"]

/**
 * Who may call each artisan admin route. middlewares.ts applies it and the
 * role tests walk it, so a route without a policy cannot slip through.
 */
export const ADMIN_POLICY: RoutePolicy[] = [
  { method: "GET", path: "/admin/artisan-groups", roles: REGISTER_READERS, action: "list artisan groups" },
  { method: "POST", path: "/admin/artisan-groups", roles: REGISTER_KEEPERS, action: "create artisan groups" },
  { method: "GET", path: "/admin/artisan-groups/:id", roles: REGISTER_READERS, action: "view an artisan group" },
  { method: "POST", path: "/admin/artisan-groups/:id", roles: REGISTER_KEEPERS, action: "update artisan groups" },
  { method: "GET", path: "/admin/artisans", roles: REGISTER_READERS, action: "list artisans" },
  { method: "POST", path: "/admin/artisans", roles: REGISTER_KEEPERS, action: "add artisans to the register" },
  { method: "GET", path: "/admin/artisans/:id", roles: REGISTER_READERS, action: "view an artisan" },
  { method: "POST", path: "/admin/artisans/:id", roles: REGISTER_KEEPERS, action: "update the register" },
  { method: "POST", path: "/admin/artisans/:id/segments", roles: REGISTER_KEEPERS, action: "record service periods" },
  { method: "POST", path: "/admin/artisans/:id/segments/:segmentId", roles: REGISTER_KEEPERS, action: "update service periods" },
  { method: "POST", path: "/admin/artisans/:id/consents", roles: REGISTER_KEEPERS, action: "record consent" },
  { method: "POST", path: "/admin/artisans/:id/consents/:consentId/withdraw", roles: REGISTER_KEEPERS, action: "withdraw consent" },
  { method: "GET", path: "/admin/artisans/:id/leave", roles: REGISTER_READERS, action: "view leave" },
  { method: "POST", path: "/admin/artisans/:id/leave", roles: REGISTER_KEEPERS, action: "record leave" },
  { method: "POST", path: "/admin/artisans/:id/leave/:leaveId/cancel", roles: REGISTER_KEEPERS, action: "cancel leave" },
  { method: "GET", path: "/admin/tasks", roles: REGISTER_READERS, action: "list tasks" },
  { method: "POST", path: "/admin/tasks", roles: REGISTER_KEEPERS, action: "create tasks" },
  { method: "GET", path: "/admin/tasks/:id", roles: REGISTER_READERS, action: "view a task" },
  { method: "POST", path: "/admin/tasks/:id", roles: REGISTER_KEEPERS, action: "update tasks" },
  { method: "POST", path: "/admin/tasks/:id/rates", roles: RATE_SETTERS, action: "set piece rates" },
  { method: "GET", path: "/admin/output", roles: REGISTER_READERS, action: "view output records" },
  { method: "POST", path: "/admin/output/batches", roles: REGISTER_KEEPERS, action: "record output" },
  { method: "POST", path: "/admin/output/:id/corrections", roles: REGISTER_KEEPERS, action: "correct output" },
  { method: "GET", path: "/admin/products/:id/makers", roles: REGISTER_READERS, action: "view product attribution" },
  { method: "POST", path: "/admin/products/:id/makers", roles: REGISTER_KEEPERS, action: "set product attribution" },
  { method: "GET", path: "/admin/rule-sets", roles: PAYROLL, action: "view wage rules" },
  { method: "POST", path: "/admin/rule-sets", roles: PAYROLL, action: "add a version of the wage rules" },
  { method: "GET", path: "/admin/rule-sets/:id", roles: PAYROLL, action: "view wage rules" },
  { method: "GET", path: "/admin/pay-runs", roles: PAYROLL, action: "view pay runs" },
  { method: "POST", path: "/admin/pay-runs", roles: PAYROLL, action: "run payroll" },
  { method: "GET", path: "/admin/pay-runs/:id", roles: PAYROLL, action: "view pay runs" },
  { method: "POST", path: "/admin/pay-runs/:id/recompute", roles: PAYROLL, action: "recompute pay runs" },
  { method: "POST", path: "/admin/pay-runs/:id/approve", roles: PAYROLL, action: "approve pay runs" },
  { method: "POST", path: "/admin/pay-runs/:id/cancel", roles: PAYROLL, action: "cancel pay runs" },
  { method: "POST", path: "/admin/pay-runs/:id/payments", roles: PAYROLL, action: "record payments" },
  { method: "GET", path: "/admin/pay-runs/:id/payslips/:artisanId", roles: PAYROLL, action: "view payslips" },
  { method: "GET", path: "/admin/pay-runs/:id/register.csv", roles: PAYROLL, action: "download the wage register" },
  { method: "GET", path: "/admin/pay-runs/:id/fair-wage", roles: PAYROLL, action: "view the fair-wage summary" },
  { method: "GET", path: "/admin/adjustments", roles: PAYROLL, action: "view pay adjustments" },
  { method: "POST", path: "/admin/adjustments", roles: PAYROLL, action: "make pay adjustments" },
  { method: "GET", path: "/admin/reports/tenure", roles: PAYROLL, action: "view tenure and retention reports" },
  { method: "GET", path: "/admin/team/roles", roles: REGISTER_READERS, action: "view team roles" },
  { method: "POST", path: "/admin/team/:userId/roles", roles: ["owner"], action: "change someone's roles" },
]
