import { Badge, Button, Table, Text, Tooltip } from "@medusajs/ui"
import { useState } from "react"
import { formatDay, formatHours } from "../../lib/format"
import { correctionBlocker, type OutputRecord } from "../../lib/output"
import { CorrectionDrawer } from "./correction-drawer"

type OutputRecordsTableProps = { records: OutputRecord[]; canCorrect: boolean; showArtisan?: boolean }

const statusOf = (record: OutputRecord) => {
  if (record.corrected_by) return <Badge size="2xsmall" color="grey">corrected</Badge>
  if (record.locked_at) return <Badge size="2xsmall" color="purple">locked</Badge>
  if (record.corrects_id) return <Badge size="2xsmall" color="blue">correction</Badge>
  return <Badge size="2xsmall" color="green">recorded</Badge>
}

/** Output records, newest first, with a correction for each that can still be corrected and the reason when not. */
export const OutputRecordsTable = ({ records, canCorrect, showArtisan = false }: OutputRecordsTableProps) => {
  const [correcting, setCorrecting] = useState<OutputRecord | null>(null)
  if (!records.length) return <Text size="small" className="text-ui-fg-subtle px-6 py-4">No output recorded.</Text>
  return (
    <>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Day</Table.HeaderCell>
            {showArtisan && <Table.HeaderCell>Artisan</Table.HeaderCell>}
            <Table.HeaderCell>Task</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Accepted</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Rejected</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Hours</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            {canCorrect && <Table.HeaderCell className="text-right">Action</Table.HeaderCell>}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {records.map((record) => {
            const blocker = correctionBlocker(record)
            return (
              <Table.Row key={record.id} className={record.corrected_by ? "text-ui-fg-muted" : undefined}>
                <Table.Cell>{formatDay(record.work_date)}</Table.Cell>
                {showArtisan && <Table.Cell>{record.artisan?.code ?? "—"}</Table.Cell>}
                <Table.Cell>
                  {record.task?.name ?? "—"}
                  {record.correction_reason && <Text size="xsmall" className="text-ui-fg-subtle">Why: {record.correction_reason}</Text>}
                </Table.Cell>
                <Table.Cell className="text-right tabular-nums">{record.quantity_accepted}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{record.quantity_rejected}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatHours(record.hours)}</Table.Cell>
                <Table.Cell>{statusOf(record)}</Table.Cell>
                {canCorrect && (
                  <Table.Cell className="text-right">
                    {blocker ? (
                      <Tooltip content={blocker}>
                        <Text size="xsmall" className="text-ui-fg-subtle cursor-help">{record.locked_at ? "Locked" : "Replaced"}</Text>
                      </Tooltip>
                    ) : (
                      <Button size="small" variant="transparent" onClick={() => setCorrecting(record)}>Correct</Button>
                    )}
                  </Table.Cell>
                )}
              </Table.Row>
            )
          })}
        </Table.Body>
      </Table>
      {correcting && <CorrectionDrawer record={correcting} onClose={() => setCorrecting(null)} />}
    </>
  )
}
