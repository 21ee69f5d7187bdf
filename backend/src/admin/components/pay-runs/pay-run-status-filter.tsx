import { Select } from "@medusajs/ui"
import type { PayRunStatus } from "../../lib/pay-runs"

const ANY = "any"
const OPTIONS: Array<{ value: PayRunStatus; label: string }> = [
  { value: "computing", label: "Computing" },
  { value: "draft", label: "Draft" },
  { value: "approved", label: "Approved" },
  { value: "paid", label: "Paid" },
  { value: "cancelled", label: "Cancelled" },
]

type PayRunStatusFilterProps = { value: PayRunStatus | undefined; onChange: (status: PayRunStatus | undefined) => void }

/** Narrows the list to runs in one status. */
export const PayRunStatusFilter = ({ value, onChange }: PayRunStatusFilterProps) => (
  <Select size="small" value={value ?? ANY} onValueChange={(next) => onChange(next === ANY ? undefined : (next as PayRunStatus))}>
    <Select.Trigger className="w-[180px]" aria-label="Status">
      <Select.Value />
    </Select.Trigger>
    <Select.Content>
      <Select.Item value={ANY}>Every status</Select.Item>
      {OPTIONS.map((option) => (
        <Select.Item key={option.value} value={option.value}>{option.label}</Select.Item>
      ))}
    </Select.Content>
  </Select>
)
