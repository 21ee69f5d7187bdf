import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { dayOf, formatSpan } from "../../lib/artisan-format"
import type { ServiceSegment, Tenure } from "../../lib/artisans"
import { formatDay } from "../../lib/format"
import { DetailList } from "./detail-list"

const day = (value: string | null) => {
  const iso = dayOf(value)
  return iso ? formatDay(iso) : "—"
}

/** Service periods and the tenure the wage engine computes from them (the API sends it; nothing is worked out here). */
export const TenureSection = ({ segments, tenure }: { segments: ServiceSegment[]; tenure: Tenure }) => {
  const ordered = [...segments].sort((a, b) => a.hire_date.localeCompare(b.hire_date))
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Service and tenure</Heading>
        <Text size="small" className="text-ui-fg-subtle">Continuous service under the Payment of Gratuity Act, as of today.</Text>
      </div>
      <DetailList
        items={[
          { label: "Years since freedom", value: formatSpan(tenure.years_since_freedom) },
          { label: "Continuous service", value: `${formatSpan(tenure.continuous)}${tenure.continuous_since ? ` (since ${formatDay(tenure.continuous_since)})` : ""}` },
          { label: "Total service", value: formatSpan(tenure.total) },
          { label: "Completed years for gratuity", value: String(tenure.completed_years_for_gratuity) },
          {
            label: "Gratuity",
            value: tenure.gratuity_due ? <Badge size="2xsmall" color="green">due on leaving</Badge> : <Badge size="2xsmall" color="grey">not yet due (five years)</Badge>,
          },
          ...(tenure.months_in_training !== null ? [{ label: "Months in training", value: String(tenure.months_in_training) }] : []),
        ]}
      />
      {ordered.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">No service periods recorded.</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Hired</Table.HeaderCell>
              <Table.HeaderCell>Left</Table.HeaderCell>
              <Table.HeaderCell>Reason</Table.HeaderCell>
              <Table.HeaderCell>Earlier service counts</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {ordered.map((segment) => (
              <Table.Row key={segment.id}>
                <Table.Cell>{day(segment.hire_date)}</Table.Cell>
                <Table.Cell>{segment.exit_date ? day(segment.exit_date) : <Badge size="2xsmall" color="green">working</Badge>}</Table.Cell>
                <Table.Cell className="capitalize">{segment.exit_reason ?? "—"}</Table.Cell>
                <Table.Cell>{segment.earlier_service_counts ? "Yes" : "No"}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}
