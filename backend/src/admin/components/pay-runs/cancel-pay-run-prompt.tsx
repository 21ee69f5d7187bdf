import { Button, Prompt, toast } from "@medusajs/ui"
import { useCancelPayRun } from "../../lib/pay-runs"
import { messageOf } from "../../lib/sdk"

/** Cancelling a draft is final; the prompt says so before it happens. */
export const CancelPayRunPrompt = ({ payRunId }: { payRunId: string }) => {
  const cancel = useCancelPayRun(payRunId)
  const confirm = () =>
    cancel.mutate(undefined, {
      onSuccess: () => toast.success("Pay run cancelled"),
      onError: (error) => toast.error("Not cancelled", { description: messageOf(error) }),
    })
  return (
    <Prompt>
      <Prompt.Trigger asChild>
        <Button size="small" variant="secondary" isLoading={cancel.isPending}>Cancel run</Button>
      </Prompt.Trigger>
      <Prompt.Content>
        <Prompt.Header>
          <Prompt.Title>Cancel this pay run?</Prompt.Title>
          <Prompt.Description>Its payslips will not be paid. Compute a new run for the period if wages are still due.</Prompt.Description>
        </Prompt.Header>
        <Prompt.Footer>
          <Prompt.Cancel>Keep it</Prompt.Cancel>
          <Prompt.Action onClick={confirm}>Cancel run</Prompt.Action>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}
