import { Badge, Table, Text } from "@medusajs/ui"
import type { SheetLine } from "../../lib/csv-sheet"

const SHOWN = 200

/** The file as read: problem lines first, each with its reasons; the rest after them. */
export const CsvPreviewTable = ({ lines, serverErrors }: { lines: SheetLine[]; serverErrors: Map<number, string[]> }) => {
  const reasonsOf = (line: SheetLine) => [...line.errors, ...(serverErrors.get(line.line) ?? [])]
  const ordered = [...lines].sort((a, b) => Number(reasonsOf(b).length > 0) - Number(reasonsOf(a).length > 0) || a.line - b.line)
  return (
    <div className="overflow-x-auto">
      <Table aria-label="File preview">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Line</Table.HeaderCell>
            <Table.HeaderCell>Day</Table.HeaderCell>
            <Table.HeaderCell>Artisan</Table.HeaderCell>
            <Table.HeaderCell>Task</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Accepted</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Rejected</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Hours</Table.HeaderCell>
            <Table.HeaderCell>Check</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {ordered.slice(0, SHOWN).map((line) => {
            const reasons = reasonsOf(line)
            return (
              <Table.Row key={line.line} data-line={line.line}>
                <Table.Cell className="tabular-nums">{line.line}</Table.Cell>
                <Table.Cell>{line.cells.work_date}</Table.Cell>
                <Table.Cell>{line.cells.artisan_code}</Table.Cell>
                <Table.Cell>{line.cells.task_code}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{line.cells.quantity_accepted}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{line.cells.quantity_rejected}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{line.cells.hours}</Table.Cell>
                <Table.Cell>
                  {reasons.length ? (
                    <Text size="small" className="text-ui-fg-error">Line {line.line}: {reasons.join("; ")}</Text>
                  ) : (
                    <Badge size="2xsmall" color="green">ok</Badge>
                  )}
                </Table.Cell>
              </Table.Row>
            )
          })}
        </Table.Body>
      </Table>
      {lines.length > SHOWN && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-3">Showing {SHOWN} of {lines.length} lines, problems first.</Text>
      )}
    </div>
  )
}
