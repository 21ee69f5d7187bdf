import { Badge } from "@medusajs/ui"
import type { PayslipFlags as Flags } from "../../lib/pay-runs"

/** What finance should notice about a payslip, as badges; nothing when there is nothing to notice. */
export const PayslipFlags = ({ flags, paid }: { flags: Flags; paid?: boolean }) => (
  <div className="flex flex-wrap gap-1">
    {flags.below_minimum_before_top_up && <Badge size="2xsmall" color="orange">Below minimum before top-up</Badge>}
    {flags.below_living_wage && <Badge size="2xsmall" color="red">Below living wage</Badge>}
    {flags.overtime_beyond_limits && <Badge size="2xsmall" color="blue">Overtime</Badge>}
    {paid && <Badge size="2xsmall" color="green">Paid</Badge>}
  </div>
)
