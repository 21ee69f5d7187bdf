import { StatusBadge } from "@medusajs/ui"
import type { PayRunStatus } from "../../lib/pay-runs"

const LOOK: Record<PayRunStatus, { color: "blue" | "orange" | "green" | "purple" | "grey"; label: string }> = {
  computing: { color: "blue", label: "Computing" },
  draft: { color: "orange", label: "Draft" },
  approved: { color: "purple", label: "Approved" },
  paid: { color: "green", label: "Paid" },
  cancelled: { color: "grey", label: "Cancelled" },
}

export const PayRunStatusBadge = ({ status }: { status: PayRunStatus }) => (
  <StatusBadge color={LOOK[status].color}>{LOOK[status].label}</StatusBadge>
)
