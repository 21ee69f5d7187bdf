import { Button, Prompt, Text, toast } from "@medusajs/ui"
import { formatPaise, formatPeriod } from "../../lib/format"
import { type PayRun, useApprovePayRun } from "../../lib/pay-runs"
import { messageOf, statusOf } from "../../lib/sdk"

const Row = ({ label, paise, strong }: { label: string; paise: number; strong?: boolean }) => (
  <div className="flex justify-between gap-x-4">
    <dt>{label}</dt>
    <dd className={strong ? "text-ui-fg-base font-medium tabular-nums" : "tabular-nums"}>{formatPaise(paise)}</dd>
  </div>
)

type ApprovePayRunPromptProps = {
  run: PayRun
  /** Told the API's reason when it refuses because the run changed under the reviewer (409). */
  onConflict: (message: string) => void
}

/**
 * Approval states the figures being approved and sends the inputs hash of the
 * draft on screen: if the output or rules changed since, the API answers 409 with what changed.
 */
export const ApprovePayRunPrompt = ({ run, onConflict }: ApprovePayRunPromptProps) => {
  const approve = useApprovePayRun(run.id)
  const totals = run.totals
  const confirm = () =>
    approve.mutate(run.inputs_hash ?? "", {
      onSuccess: () => toast.success("Pay run approved", { description: "Record payment once the wages are transferred." }),
      onError: (error) =>
        statusOf(error) === 409 ? onConflict(messageOf(error)) : toast.error("Not approved", { description: messageOf(error) }),
    })

  return (
    <Prompt variant="confirmation">
      <Prompt.Trigger asChild>
        <Button size="small" isLoading={approve.isPending} disabled={!run.inputs_hash || !totals}>
          Approve
        </Button>
      </Prompt.Trigger>
      <Prompt.Content className="max-w-[480px]">
        <Prompt.Header>
          <Prompt.Title>Approve the pay run for {formatPeriod(run.period_start, run.period_end)}?</Prompt.Title>
          <Prompt.Description asChild>
            <div className="flex flex-col gap-y-3">
              {totals ? (
                <>
                  <Text size="small">{run.artisans_total} artisans will be paid these amounts:</Text>
                  <dl className="flex flex-col gap-y-1" aria-label="Totals to approve">
                    <Row label="Gross pay" paise={totals.gross} />
                    <Row label="Deductions" paise={totals.deductions} />
                    <Row label="Net pay to artisans" paise={totals.net} strong />
                    <Row label="Floor top-ups (in gross)" paise={totals.top_up_total} />
                    <Row label="Employer contributions" paise={totals.employer_contributions} />
                    <Row label="Cost to Mukti" paise={totals.employer_cost} strong />
                  </dl>
                  <Text size="xsmall" className="text-ui-fg-muted">
                    Approval freezes these payslips and locks the output they count. Inputs reviewed: {run.inputs_hash?.slice(0, 12)}
                  </Text>
                </>
              ) : (
                <Text size="small">The run has no totals yet.</Text>
              )}
            </div>
          </Prompt.Description>
        </Prompt.Header>
        <Prompt.Footer>
          <Prompt.Cancel>Not yet</Prompt.Cancel>
          <Prompt.Action onClick={confirm}>Approve {totals ? formatPaise(totals.net) : ""}</Prompt.Action>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}
