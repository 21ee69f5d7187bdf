import { TriangleDownMini, TriangleUpMini } from "@medusajs/icons"
import { Table } from "@medusajs/ui"
import type { RegisterColumn, RegisterSort } from "../../lib/register"

type RegisterHeaderCellProps = {
  column: RegisterColumn
  label: string
  sort: RegisterSort
  onSort: (column: RegisterColumn) => void
  numeric?: boolean
}

/** A column heading that sorts the register when clicked and says which way it is sorted. */
export const RegisterHeaderCell = ({ column, label, sort, onSort, numeric }: RegisterHeaderCellProps) => {
  const active = sort.column === column
  return (
    <Table.HeaderCell
      className={numeric ? "text-right" : undefined}
      aria-sort={active ? (sort.direction === "asc" ? "ascending" : "descending") : "none"}
    >
      <button type="button" onClick={() => onSort(column)} className="inline-flex items-center gap-x-1 hover:text-ui-fg-base">
        {label}
        {active && (sort.direction === "asc" ? <TriangleUpMini /> : <TriangleDownMini />)}
      </button>
    </Table.HeaderCell>
  )
}
