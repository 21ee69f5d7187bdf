import { Button, Hint, Input, Label, Select, Text, Textarea, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { formatDay, todayInIst } from "../../lib/format"
import { type LeaveKind, useRecordLeave, workingDaysInRange } from "../../lib/leave"
import { messageOf } from "../../lib/sdk"

type RecordLeaveFormProps = { artisanId: string; onRecorded: () => void }

/** Leave for a range of days; the API records every working day in it, or none and says why. */
export const RecordLeaveForm = ({ artisanId, onRecorded }: RecordLeaveFormProps) => {
  const today = todayInIst()
  const [from, setFrom] = useState(today)
  const [to, setTo] = useState(today)
  const [kind, setKind] = useState<LeaveKind>("paid")
  const [note, setNote] = useState("")
  const record = useRecordLeave(artisanId)
  const days = workingDaysInRange(from, to)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    record.mutate(
      { from, to, kind, ...(note.trim() ? { note: note.trim() } : {}) },
      {
        onSuccess: ({ leave }) => {
          toast.success("Leave recorded", { description: `${leave.length} working day(s) from ${formatDay(from)}.` })
          setNote("")
          onRecorded()
        },
      }
    )
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-y-4 px-6 py-4" aria-label="Record leave">
      <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="leave_from" size="small">From</Label>
          <Input id="leave_from" type="date" required value={from} onChange={(e) => setFrom(e.target.value)} />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="leave_to" size="small">To</Label>
          <Input id="leave_to" type="date" required min={from} value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label size="small">Kind</Label>
          <Select value={kind} onValueChange={(value) => setKind(value as LeaveKind)}>
            <Select.Trigger aria-label="Kind of leave"><Select.Value /></Select.Trigger>
            <Select.Content>
              <Select.Item value="paid">Paid leave</Select.Item>
              <Select.Item value="unpaid">Unpaid leave</Select.Item>
            </Select.Content>
          </Select>
        </div>
      </div>
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="leave_note" size="small">Note (optional)</Label>
        <Textarea id="leave_note" maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <Text size="small" className="text-ui-fg-subtle">
        {days ? `${days} working day(s); Sundays are skipped.` : "Choose a range with at least one working day."}
      </Text>
      {record.isError && <Hint variant="error">{messageOf(record.error)}</Hint>}
      <div className="flex justify-end">
        <Button size="small" type="submit" disabled={!days} isLoading={record.isPending}>
          Record {days || ""} day(s)
        </Button>
      </div>
    </form>
  )
}
