import { Container, Heading, Input, Table, Text } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { formatHours, formatPaise } from "../../lib/format"
import type { PayslipRow } from "../../lib/pay-runs"
import { nextSort, registerRows, type RegisterColumn, type RegisterSort } from "../../lib/register"
import { PayslipFlags } from "./payslip-flags"
import { RegisterHeaderCell } from "./register-header-cell"

const COLUMNS: Array<{ column: RegisterColumn; label: string; numeric?: boolean }> = [
  { column: "artisan_code", label: "Artisan" },
  { column: "skill_grade", label: "Grade" },
  { column: "days_worked", label: "Days", numeric: true },
  { column: "hours", label: "Hours", numeric: true },
  { column: "pieces", label: "Pieces", numeric: true },
  { column: "gross_paise", label: "Gross", numeric: true },
  { column: "deductions_paise", label: "Deductions", numeric: true },
  { column: "net_paise", label: "Net", numeric: true },
  { column: "effective_hourly_paise", label: "Per hour", numeric: true },
]

type RegisterTableProps = { payslips: PayslipRow[]; onOpen: (artisanId: string) => void }

/** The wage register: one row per artisan, sortable by any figure, searchable by artisan code. */
export const RegisterTable = ({ payslips, onOpen }: RegisterTableProps) => {
  const [search, setSearch] = useState("")
  const [sort, setSort] = useState<RegisterSort>({ column: "artisan_code", direction: "asc" })
  const rows = useMemo(() => registerRows(payslips, search, sort), [payslips, search, sort])

  return (
    <Container role="region" aria-label="Wage register" className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <Heading level="h2">Wage register</Heading>
        <Input
          type="search"
          size="small"
          aria-label="Search by artisan code"
          placeholder="Search by artisan code"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          className="max-w-[240px]"
        />
      </div>
      <div className="overflow-x-auto">
        <Table>
          <Table.Header>
            <Table.Row>
              {COLUMNS.map((c) => (
                <RegisterHeaderCell key={c.column} {...c} sort={sort} onSort={(column) => setSort(nextSort(sort, column))} />
              ))}
              <Table.HeaderCell>Notes</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((row) => (
              <Table.Row key={row.id} className="cursor-pointer" onClick={() => onOpen(row.artisan_id)}>
                <Table.Cell className="font-medium">
                  <button
                    type="button"
                    className="hover:underline focus-visible:underline"
                    aria-label={`Payslip for ${row.artisan_code}`}
                    onClick={(event) => {
                      event.stopPropagation()
                      onOpen(row.artisan_id)
                    }}
                  >
                    {row.artisan_code}
                  </button>
                </Table.Cell>
                <Table.Cell>{row.skill_grade.replace(/_/g, " ")}</Table.Cell>
                <Table.Cell className="text-right">{row.days_worked}</Table.Cell>
                <Table.Cell className="text-right">{formatHours(row.hours)}</Table.Cell>
                <Table.Cell className="text-right">{row.pieces}</Table.Cell>
                <Table.Cell className="text-right">{formatPaise(row.gross_paise)}</Table.Cell>
                <Table.Cell className="text-right">{formatPaise(row.deductions_paise)}</Table.Cell>
                <Table.Cell className="text-right font-medium">{formatPaise(row.net_paise)}</Table.Cell>
                <Table.Cell className="text-right">{formatPaise(row.effective_hourly_paise)}</Table.Cell>
                <Table.Cell><PayslipFlags flags={row.flags} paid={row.paid} /></Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      {!rows.length && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {payslips.length ? "No artisan code matches that search." : "This run has no payslips yet."}
        </Text>
      )}
    </Container>
  )
}
