import { Button, Prompt, toast } from "@medusajs/ui"
import { formatPaise, formatPeriod } from "../../lib/format"
import { type PayRun, useApprovePayRun } from "../../lib/pay-runs"
import { messageOf } from "../../lib/sdk"

/**
 * Approval states the figures being approved, and sends the inputs hash of the
 * draft on screen: if output changed since, the API refuses with a 409 and says so.
 */
export const ApprovePayRunPrompt = ({ run }: { run: PayRun }) => {
  const approve = useApprovePayRun(run.id)
  const totals = run.totals
  const confirm = () =>
    approve.mutate(run.inputs_hash ?? "", {
      onSuccess: () => toast.success("Pay run approved", { description: "Record payment once the wages are transferred." }),
      onError: (error) => toast.error("Not approved", { description: messageOf(error) }),
    })

  return (
    <Prompt variant="confirmation">
      <Prompt.Trigger asChild>
        <Button size="small" isLoading={approve.isPending} disabled={!run.inputs_hash || !totals}>
          Approve
        </Button>
      </Prompt.Trigger>
      <Prompt.Content>
        <Prompt.Header>
          <Prompt.Title>Approve the pay run for {formatPeriod(run.period_start, run.period_end)}?</Prompt.Title>
          <Prompt.Description>
            {totals ? (
              <>
                {run.artisans_total} artisans. Gross pay {formatPaise(totals.gross)}, deductions {formatPaise(totals.deductions)},
                net pay {formatPaise(totals.net)}, including {formatPaise(totals.top_up_total)} of floor top-ups. The run costs
                Mukti {formatPaise(totals.employer_cost)}. Once approved, these payslips can no longer be recomputed.
              </>
            ) : (
              "The run has no totals yet."
            )}
          </Prompt.Description>
        </Prompt.Header>
        <Prompt.Footer>
          <Prompt.Cancel>Cancel</Prompt.Cancel>
          <Prompt.Action onClick={confirm}>Approve {totals ? formatPaise(totals.net) : ""}</Prompt.Action>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}
