import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { formatPaise } from "../../lib/format"
import { useFairWage } from "../../lib/pay-runs"
import { messageOf } from "../../lib/sdk"
import { Figure } from "./figure"

/** How fairly the run pays: who needed a top-up to reach the legal floor, and who is under the living wage. */
export const FairWageSummary = ({ payRunId }: { payRunId: string }) => {
  const { data, error, isLoading } = useFairWage(payRunId, true)
  const summary = data?.fair_wage
  return (
    <Container role="region" aria-label="Fair wage" className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Fair wage</Heading>
        {summary && (
          <Badge size="2xsmall" color={summary.below_living_wage ? "orange" : "green"}>
            {summary.below_living_wage ? "Some below living wage" : "Everyone at or above living wage"}
          </Badge>
        )}
      </div>
      {error && <Text size="small" className="text-ui-fg-error px-6 py-4">{messageOf(error)}</Text>}
      {isLoading && <Text size="small" className="text-ui-fg-subtle px-6 py-4">Loading…</Text>}
      {summary && (
        <div className="grid grid-cols-2 gap-6 px-6 py-4 md:grid-cols-4">
          <Figure label="Artisans" value={String(summary.artisans)} />
          <Figure label="Below minimum before top-up" value={String(summary.below_minimum_before_top_up)} />
          <Figure label="Below living wage" value={String(summary.below_living_wage)} />
          <Figure label="Top-up total" value={formatPaise(summary.top_up_total_paise)} />
        </div>
      )}
    </Container>
  )
}
