import { Badge, Button, Checkbox, Container, Heading, Label, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { formatDay, formatMoment } from "../../lib/format"
import { type LeaveDay, useCancelLeave, useLeave } from "../../lib/leave"
import { messageOf } from "../../lib/sdk"
import { useRoles } from "../../lib/roles"
import { RowActionCell } from "../common/row-action-cell"
import { RecordLeaveForm } from "./record-leave-form"

type LeaveSectionProps = { artisanId: string; artisanCode: string }

/**
 * An artisan's leave: paid days are paid at her average daily earnings in the
 * pay run that covers them; days in an approved run can no longer change.
 */
export const LeaveSection = ({ artisanId, artisanCode }: LeaveSectionProps) => {
  const { can } = useRoles()
  const canEdit = can("output")
  const [showCancelled, setShowCancelled] = useState(false)
  const [recording, setRecording] = useState(false)
  const { data, isLoading, error } = useLeave(artisanId, showCancelled)
  const cancel = useCancelLeave(artisanId)
  const prompt = usePrompt()

  const cancelDay = async (day: LeaveDay) => {
    const confirmed = await prompt({
      title: `Cancel leave on ${formatDay(day.leave_date)}?`,
      description: `${artisanCode} will no longer be ${day.kind === "paid" ? "paid for" : "recorded as away on"} this day. The record stays, marked cancelled.`,
      confirmText: "Cancel leave",
      cancelText: "Keep it",
    })
    if (!confirmed) return
    cancel.mutate(day.id, {
      onSuccess: () => toast.success("Leave cancelled", { description: formatDay(day.leave_date) }),
      onError: (e) => toast.error("Leave not cancelled", { description: messageOf(e) }),
    })
  }

  const days = data?.leave ?? []
  const paid = days.filter((d) => d.kind === "paid" && !d.cancelled_at).length

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Leave</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Paid leave is paid at her average daily earnings in the pay run that covers it.
          </Text>
        </div>
        {canEdit && (
          <Button size="small" variant="secondary" onClick={() => setRecording((open) => !open)}>
            {recording ? "Close" : "Record leave"}
          </Button>
        )}
      </div>
      {recording && canEdit && <RecordLeaveForm artisanId={artisanId} onRecorded={() => setRecording(false)} />}
      <div className="flex items-center justify-between px-6 py-3">
        <Text size="small" className="text-ui-fg-subtle">
          {isLoading ? "Loading…" : `${days.length} day(s) shown, ${paid} paid`}
        </Text>
        <div className="flex items-center gap-x-2">
          <Checkbox id="leave_show_cancelled" checked={showCancelled} onCheckedChange={(v) => setShowCancelled(v === true)} />
          <Label htmlFor="leave_show_cancelled" size="small">Show cancelled</Label>
        </div>
      </div>
      {error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">{messageOf(error)}</Text>
      ) : days.length === 0 && !isLoading ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">No leave recorded.</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Day</Table.HeaderCell>
              <Table.HeaderCell>Kind</Table.HeaderCell>
              <Table.HeaderCell>Note</Table.HeaderCell>
              <Table.HeaderCell>Recorded</Table.HeaderCell>
              {canEdit && <Table.HeaderCell className="text-right">Action</Table.HeaderCell>}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {days.map((day) => (
              <Table.Row key={day.id} className={day.cancelled_at ? "text-ui-fg-muted" : undefined}>
                <Table.Cell>{formatDay(day.leave_date)}</Table.Cell>
                <Table.Cell>
                  {day.cancelled_at ? (
                    <Badge size="2xsmall" color="grey">cancelled</Badge>
                  ) : (
                    <Badge size="2xsmall" color={day.kind === "paid" ? "green" : "orange"}>{day.kind}</Badge>
                  )}
                </Table.Cell>
                <Table.Cell>{day.note ?? "—"}</Table.Cell>
                <Table.Cell>{formatMoment(day.recorded_at)}</Table.Cell>
                {canEdit && (
                  <RowActionCell label="Cancel" show={!day.cancelled_at} onClick={() => cancelDay(day)} disabled={cancel.isPending} />
                )}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}
