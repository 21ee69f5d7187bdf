import { Button, Table } from "@medusajs/ui"

type RowActionCellProps = { label: string; show: boolean; onClick: () => void; disabled: boolean }

/** A row's one action, right-aligned in its own column; the cell stays, empty, where the action no longer applies. */
export const RowActionCell = ({ label, show, onClick, disabled }: RowActionCellProps) => (
  <Table.Cell className="text-right">
    {show && (
      <Button size="small" variant="transparent" onClick={onClick} disabled={disabled}>
        {label}
      </Button>
    )}
  </Table.Cell>
)
