import { StatusBadge } from "@medusajs/ui"
import type { PayRun, PayRunStatus } from "../../lib/pay-runs"

type Look = { color: "blue" | "orange" | "green" | "purple" | "grey" | "red"; label: string }

const LOOK: Record<PayRunStatus, Look> = {
  computing: { color: "blue", label: "Computing" },
  draft: { color: "orange", label: "Draft" },
  approved: { color: "purple", label: "Approved" },
  paid: { color: "green", label: "Paid" },
  cancelled: { color: "grey", label: "Cancelled" },
}

const STOPPED: Look = { color: "red", label: "Stopped" }

/** A run's status; a computation that stopped with a reason reads "Stopped", not "Computing". */
export const PayRunStatusBadge = ({ run }: { run: Pick<PayRun, "status" | "compute_error"> }) => {
  const look = run.status === "computing" && run.compute_error ? STOPPED : LOOK[run.status]
  return <StatusBadge color={look.color}>{look.label}</StatusBadge>
}
