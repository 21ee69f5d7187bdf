import { Badge, Text } from "@medusajs/ui"
import type { ShareCheck } from "../../lib/attribution"

/** The running total as shares are typed, read out by screen readers as it changes. */
export const ShareTotal = ({ check }: { check: ShareCheck }) => (
  <div className="flex items-center gap-x-2" role="status" aria-live="polite" aria-label="Total of the shares">
    <Badge size="2xsmall" color={check.total === 100 ? "green" : "orange"}>
      {check.total}% of 100%
    </Badge>
    <Text size="small" className={check.problem ? "text-ui-fg-error" : "text-ui-fg-subtle"}>
      {check.problem ?? "The shares add up to 100."}
    </Text>
  </div>
)
