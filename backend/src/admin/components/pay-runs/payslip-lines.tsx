import { Table, Text } from "@medusajs/ui"
import { formatPaise } from "../../lib/format"
import type { PayslipLine } from "../../lib/pay-runs"

/** Every line of a payslip in the order it reads, each with the arithmetic behind it. */
export const PayslipLines = ({ lines }: { lines: PayslipLine[] }) => (
  <Table>
    <Table.Header>
      <Table.Row>
        <Table.HeaderCell>Line</Table.HeaderCell>
        <Table.HeaderCell className="text-right">Amount</Table.HeaderCell>
      </Table.Row>
    </Table.Header>
    <Table.Body>
      {lines.map((line, index) => (
        <Table.Row key={`${line.code}-${index}`} className="[&_td]:align-top">
          <Table.Cell className="py-2">
            <Text size="small" weight="plus">{line.label}</Text>
            <Text size="xsmall" className="text-ui-fg-muted">{line.code} · {line.kind.replace(/_/g, " ")}</Text>
            {line.basis && <Text size="xsmall" className="text-ui-fg-subtle mt-1 whitespace-pre-wrap">{line.basis}</Text>}
          </Table.Cell>
          <Table.Cell className="py-2 text-right">{formatPaise(line.amount_paise)}</Table.Cell>
        </Table.Row>
      ))}
    </Table.Body>
  </Table>
)
