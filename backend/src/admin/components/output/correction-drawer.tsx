import { Drawer, Hint, Input, Text, Textarea, toast } from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import { formatDay } from "../../lib/format"
import { type CorrectionInput, type OutputRecord, useCorrectOutput } from "../../lib/output"
import { messageOf } from "../../lib/sdk"
import { DrawerFormFooter } from "../artisans/drawer-form-footer"
import { FormField } from "../artisans/form-field"

type CorrectionDrawerProps = { record: OutputRecord; onClose: () => void }

/** A correction is a new record that replaces this one, with the reason kept beside it; nothing is edited in place. */
export const CorrectionDrawer = ({ record, onClose }: CorrectionDrawerProps) => {
  const [form, setForm] = useState({
    quantity_accepted: String(record.quantity_accepted),
    quantity_rejected: String(record.quantity_rejected),
    hours: String(record.hours),
    reason: "",
  })
  const [problem, setProblem] = useState<string | null>(null)
  const correct = useCorrectOutput()
  const set = (patch: Partial<typeof form>) => setForm((current) => ({ ...current, ...patch }))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const accepted = Number(form.quantity_accepted)
    const rejected = Number(form.quantity_rejected)
    const hours = Number(form.hours)
    if (!/^\d+$/.test(form.quantity_accepted) || !/^\d+$/.test(form.quantity_rejected)) return setProblem("Pieces must be whole numbers.")
    if (!/^\d+(\.\d{1,2})?$/.test(form.hours) || hours <= 0 || hours > 16) return setProblem("Hours must be more than 0 and at most 16, with two decimals at most.")
    if (form.reason.trim().length < 5) return setProblem("Say why in at least 5 characters.")
    const body: CorrectionInput = { reason: form.reason.trim() }
    if (accepted !== record.quantity_accepted) body.quantity_accepted = accepted
    if (rejected !== record.quantity_rejected) body.quantity_rejected = rejected
    if (hours !== record.hours) body.hours = hours
    if (Object.keys(body).length === 1) return setProblem("Change at least one figure; the record already says this.")
    setProblem(null)
    correct.mutate(
      { id: record.id, body },
      {
        onSuccess: () => {
          toast.success("Output corrected", { description: `${record.artisan?.code ?? ""} on ${formatDay(record.work_date)}` })
          onClose()
        },
      }
    )
  }

  return (
    <Drawer open onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content>
        <form onSubmit={submit} noValidate aria-label="Correct output" className="flex h-full flex-col">
          <Drawer.Header>
            <Drawer.Title>Correct output</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4">
            <Text size="small" className="text-ui-fg-subtle">
              {record.artisan?.code}, {record.task?.name} on {formatDay(record.work_date)}. The original stays on record, marked as corrected.
            </Text>
            <FormField id="correction_accepted" label="Pieces accepted">
              <Input id="correction_accepted" inputMode="numeric" value={form.quantity_accepted} onChange={(e) => set({ quantity_accepted: e.target.value })} />
            </FormField>
            <FormField id="correction_rejected" label="Pieces rejected">
              <Input id="correction_rejected" inputMode="numeric" value={form.quantity_rejected} onChange={(e) => set({ quantity_rejected: e.target.value })} />
            </FormField>
            <FormField id="correction_hours" label="Hours">
              <Input id="correction_hours" inputMode="decimal" value={form.hours} onChange={(e) => set({ hours: e.target.value })} />
            </FormField>
            <FormField id="correction_reason" label="Reason">
              <Textarea id="correction_reason" rows={3} maxLength={500} value={form.reason} onChange={(e) => set({ reason: e.target.value })} />
            </FormField>
            {problem && <Hint variant="error">{problem}</Hint>}
            {correct.isError && <Hint variant="error">{messageOf(correct.error)}</Hint>}
          </Drawer.Body>
          <DrawerFormFooter submitLabel="Record correction" pending={correct.isPending} />
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
