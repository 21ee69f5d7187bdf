import { Button, Drawer, Hint, Input, Label, Text, Textarea, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { firstOfNextMonth, formatDay, formatPaise, paiseFromRupees, rupeesFromPaise, todayInIst } from "../../lib/format"
import { type Task, useAddRate } from "../../lib/piece-rates"
import { currentAndNext, hourlyAtStandardPace } from "../../lib/rate-history"
import { messageOf } from "../../lib/sdk"

/** Adds a rate from a date on, starting from the rate in force; the API refuses clashes and dates inside approved pay. */
export const AddRateDrawer = ({ task }: { task: Task }) => {
  const today = todayInIst()
  const { current } = currentAndNext(task.rates, today)
  const [open, setOpen] = useState(false)
  const [startsOn, setStartsOn] = useState(firstOfNextMonth(today))
  const [rupees, setRupees] = useState(current ? rupeesFromPaise(current.rate_paise) : "")
  const [minutes, setMinutes] = useState(current ? String(current.standard_minutes) : "")
  const [note, setNote] = useState("")
  const add = useAddRate(task.id)
  const ratePaise = paiseFromRupees(rupees)
  const standardMinutes = /^\d+$/.test(minutes) && Number(minutes) > 0 ? Number(minutes) : null

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (ratePaise === null || standardMinutes === null) return
    add.mutate(
      { effective_from: startsOn, rate_paise: ratePaise, standard_minutes: standardMinutes, note: note.trim() || null },
      {
        onSuccess: () => {
          toast.success("Rate added", { description: `${task.code}: ${formatPaise(ratePaise)} a piece from ${formatDay(startsOn)}.` })
          setOpen(false)
          setNote("")
        },
      }
    )
  }

  return (
    <Drawer open={open} onOpenChange={(next) => { setOpen(next); add.reset() }}>
      <Drawer.Trigger asChild>
        <Button size="small">Add rate</Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <form onSubmit={submit} className="flex h-full flex-col">
          <Drawer.Header>
            <Drawer.Title>Add a rate for {task.code}</Drawer.Title>
            <Drawer.Description>
              Rates are never changed once set: the new rate applies to work done on or after its first day.
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="rate_starts_on" size="small">Starts on</Label>
              <Input id="rate_starts_on" type="date" required value={startsOn} onChange={(e) => setStartsOn(e.target.value)} />
            </div>
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="rate_rupees" size="small">Rate a piece (₹)</Label>
              <Input id="rate_rupees" inputMode="decimal" required placeholder="23.50" value={rupees} onChange={(e) => setRupees(e.target.value)}
                aria-invalid={rupees !== "" && ratePaise === null} />
              {rupees !== "" && ratePaise === null && <Hint variant="error">Write rupees and paise, like 23.50.</Hint>}
            </div>
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="rate_minutes" size="small">Standard time a piece (minutes)</Label>
              <Input id="rate_minutes" inputMode="numeric" required placeholder="30" value={minutes} onChange={(e) => setMinutes(e.target.value)}
                aria-invalid={minutes !== "" && standardMinutes === null} />
              {minutes !== "" && standardMinutes === null && <Hint variant="error">Whole minutes, more than zero.</Hint>}
            </div>
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="rate_note" size="small">Why (optional)</Label>
              <Textarea id="rate_note" maxLength={500} placeholder="Annual revision agreed with the group" value={note} onChange={(e) => setNote(e.target.value)} />
            </div>
            {ratePaise !== null && standardMinutes !== null && (
              <Text size="small" className="text-ui-fg-subtle">
                At the standard pace this earns {formatPaise(hourlyAtStandardPace({ rate_paise: ratePaise, standard_minutes: standardMinutes }))} an hour
                {current ? `; the rate in force is ${formatPaise(current.rate_paise)} a piece.` : "."}
              </Text>
            )}
            {add.isError && <Hint variant="error">{messageOf(add.error)}</Hint>}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild><Button size="small" variant="secondary" type="button">Close</Button></Drawer.Close>
            <Button size="small" type="submit" isLoading={add.isPending} disabled={ratePaise === null || standardMinutes === null}>
              Add rate
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
