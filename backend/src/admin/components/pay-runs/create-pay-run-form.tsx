import { Button, Hint, Input, Label, Text, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { previousMonthInIst } from "../../lib/format"
import { useCreatePayRun } from "../../lib/pay-runs"
import { messageOf } from "../../lib/sdk"
import { CreatedRunProgress } from "./created-run-progress"

/** "2026-11-14, 2026-11-15" -> ["2026-11-14", "2026-11-15"]; the API checks each day. */
function holidaysFrom(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((day) => day.trim())
    .filter(Boolean)
}

/** Start a run for a period (last month by default) and follow it while it computes. */
export const CreatePayRunForm = () => {
  const lastMonth = previousMonthInIst()
  const [start, setStart] = useState(lastMonth.start)
  const [end, setEnd] = useState(lastMonth.end)
  const [holidays, setHolidays] = useState("")
  const [createdId, setCreatedId] = useState<string | null>(null)
  const create = useCreatePayRun()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const days = holidaysFrom(holidays)
    create.mutate(
      { period_start: start, period_end: end, ...(days.length ? { holidays: days } : {}) },
      {
        onSuccess: ({ pay_run }) => {
          setCreatedId(pay_run.id)
          toast.info("Pay run started", { description: "It is computing; you can wait here or leave this page." })
        },
      }
    )
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-y-4 px-6 py-4">
      <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="period_start" size="small">Period starts</Label>
          <Input id="period_start" type="date" required value={start} onChange={(e) => setStart(e.target.value)} />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="period_end" size="small">Period ends</Label>
          <Input id="period_end" type="date" required value={end} onChange={(e) => setEnd(e.target.value)} />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="holidays" size="small">Paid holidays (optional)</Label>
          <Input id="holidays" placeholder="2026-11-14, 2026-11-15" value={holidays} onChange={(e) => setHolidays(e.target.value)} />
        </div>
      </div>
      {create.isError && <Hint variant="error">{messageOf(create.error)}</Hint>}
      <div className="flex items-center justify-between gap-x-4">
        <Text size="small" className="text-ui-fg-subtle">
          A run covers at most one month. It computes every active artisan's payslip from the recorded output.
        </Text>
        <Button type="submit" size="small" isLoading={create.isPending}>
          Compute pay run
        </Button>
      </div>
      {createdId && <CreatedRunProgress id={createdId} />}
    </form>
  )
}
