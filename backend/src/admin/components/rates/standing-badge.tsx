import { StatusBadge } from "@medusajs/ui"
import type { Standing } from "../../lib/rate-history"

const COLOR: Record<Standing, "green" | "blue" | "grey"> = { "in force": "green", scheduled: "blue", superseded: "grey" }
const LABEL: Record<Standing, string> = { "in force": "In force", scheduled: "Scheduled", superseded: "Superseded" }

/** Whether a dated rate or rule version applies today, will apply later, or was replaced. */
export const StandingBadge = ({ standing }: { standing: Standing }) => (
  <StatusBadge color={COLOR[standing]}>{LABEL[standing]}</StatusBadge>
)
