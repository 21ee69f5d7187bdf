import { Table, Text } from "@medusajs/ui"
import { formatDay, formatMinutes, formatPaise, todayInIst } from "../../lib/format"
import { hourlyAtStandardPace, type PieceRate, rateHistory } from "../../lib/rate-history"
import { StandingBadge } from "./standing-badge"

/** Every rate the task has had, newest first; none is ever edited, so this is the whole story. */
export const RateHistoryTable = ({ rates }: { rates: PieceRate[] }) => {
  if (!rates.length) {
    return <Text size="small" className="text-ui-fg-subtle px-6 py-4">This task has no rate yet: its output is not paid until it has one.</Text>
  }
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>From</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Rate a piece</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Standard time</Table.HeaderCell>
          <Table.HeaderCell className="text-right">At standard pace</Table.HeaderCell>
          <Table.HeaderCell>Note</Table.HeaderCell>
          <Table.HeaderCell>Standing</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {rateHistory(rates, todayInIst()).map((rate) => (
          <Table.Row key={rate.id}>
            <Table.Cell>{formatDay(rate.starts)}</Table.Cell>
            <Table.Cell className="text-right tabular-nums">{formatPaise(rate.rate_paise)}</Table.Cell>
            <Table.Cell className="text-right">{formatMinutes(rate.standard_minutes)}</Table.Cell>
            <Table.Cell className="text-right tabular-nums">{formatPaise(hourlyAtStandardPace(rate))}/h</Table.Cell>
            <Table.Cell className="text-ui-fg-subtle max-w-[320px] truncate" title={rate.note ?? undefined}>{rate.note ?? "—"}</Table.Cell>
            <Table.Cell><StandingBadge standing={rate.standing} /></Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
