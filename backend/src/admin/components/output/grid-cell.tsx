import { clx } from "@medusajs/ui"
import type { KeyboardEvent } from "react"
import { acceptTyping, type CellField } from "../../lib/output-grid"

type GridCellProps = {
  row: number
  column: number
  field: CellField
  label: string
  value: string
  /** Already recorded for the day: shown, focusable for moving through, but not editable here. */
  readOnly: boolean
  invalid: boolean
  onChange: (value: string) => void
  onMove: (event: KeyboardEvent<HTMLInputElement>, row: number, column: number) => void
}

/** One number in the sheet; keys that would make it something other than a number are ignored. */
export const GridCell = ({ row, column, field, label, value, readOnly, invalid, onChange, onMove }: GridCellProps) => (
  <input
    type="text"
    inputMode={field === "hours" ? "decimal" : "numeric"}
    autoComplete="off"
    aria-label={label}
    aria-invalid={invalid || undefined}
    data-row={row}
    data-column={column}
    readOnly={readOnly}
    value={value}
    onChange={(event) => {
      const accepted = acceptTyping(field, event.target.value)
      if (accepted !== null) onChange(accepted)
    }}
    onKeyDown={(event) => onMove(event, row, column)}
    onFocus={(event) => event.target.select()}
    className={clx(
      "txt-compact-small h-7 w-14 rounded-md border px-1.5 text-right tabular-nums outline-none",
      "bg-ui-bg-field border-ui-border-base focus:border-ui-border-interactive focus:shadow-borders-interactive-with-active",
      readOnly && "bg-ui-bg-disabled text-ui-fg-muted",
      invalid && "border-ui-border-error bg-ui-bg-field text-ui-fg-error"
    )}
  />
)
