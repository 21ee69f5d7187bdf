import { Container, Heading, Text } from "@medusajs/ui"
import { formatMoment, formatPaise } from "../../lib/format"
import type { PayRun } from "../../lib/pay-runs"
import { Figure } from "./figure"

/** The run's money in one place: what artisans earn, keep, and what the run costs Mukti. */
export const PayRunTotals = ({ run }: { run: PayRun }) => {
  const totals = run.totals
  return (
    <Container role="region" aria-label="Totals" className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Totals</Heading>
      </div>
      {totals ? (
        <div className="grid grid-cols-2 gap-6 px-6 py-4 md:grid-cols-3">
          <Figure label="Gross pay" value={formatPaise(totals.gross)} />
          <Figure label="Deductions" value={formatPaise(totals.deductions)} />
          <Figure label="Net pay to artisans" value={formatPaise(totals.net)} />
          <Figure label="Employer contributions" value={formatPaise(totals.employer_contributions)} />
          <Figure label="Cost to Mukti" value={formatPaise(totals.employer_cost)} hint="Gross, employer contributions and adjustments" />
          <Figure label="Floor top-ups" value={formatPaise(totals.top_up_total)} hint="Paid so no one earns under the fair-wage floor" />
        </div>
      ) : (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">Totals appear once the run has computed.</Text>
      )}
      <div className="text-ui-fg-subtle grid grid-cols-1 gap-2 px-6 py-4 md:grid-cols-3">
        <Text size="xsmall">Computed: {formatMoment(run.computed_at)}</Text>
        <Text size="xsmall">Approved: {formatMoment(run.approved_at)}</Text>
        <Text size="xsmall">Paid: {formatMoment(run.paid_at)}</Text>
      </div>
    </Container>
  )
}
