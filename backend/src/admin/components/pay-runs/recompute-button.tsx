import { Button, toast } from "@medusajs/ui"
import { useRecomputePayRun } from "../../lib/pay-runs"
import { messageOf } from "../../lib/sdk"

type RecomputeButtonProps = { payRunId: string; onStarted?: () => void; variant?: "primary" | "secondary" }

/** Computes a draft again from the latest output and rules; the page follows its progress. */
export const RecomputeButton = ({ payRunId, onStarted, variant = "secondary" }: RecomputeButtonProps) => {
  const recompute = useRecomputePayRun(payRunId)
  const start = () =>
    recompute.mutate(undefined, {
      onSuccess: () => {
        onStarted?.()
        toast.info("Recomputing", { description: "The run reads the latest output and rules again." })
      },
      onError: (error) => toast.error("Not recomputed", { description: messageOf(error) }),
    })
  return (
    <Button size="small" variant={variant} onClick={start} isLoading={recompute.isPending}>
      Recompute
    </Button>
  )
}
