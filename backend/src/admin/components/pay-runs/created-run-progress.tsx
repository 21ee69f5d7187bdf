import { Button, Text } from "@medusajs/ui"
import { useEffect } from "react"
import { Link } from "react-router-dom"
import { isComputing, usePayRun, useRefreshPayRuns } from "../../lib/pay-runs"
import { messageOf } from "../../lib/sdk"
import { ComputingProgress } from "./computing-progress"

/** Follows a run just created until it has computed (or stopped), then offers to open it. */
export const CreatedRunProgress = ({ id }: { id: string }) => {
  const { data, error } = usePayRun(id)
  const refresh = useRefreshPayRuns()
  const finished = Boolean(data && !isComputing(data.pay_run))
  // The list beside the form still shows the run computing until it is asked again.
  useEffect(() => {
    if (finished) void refresh()
  }, [finished])
  if (error) return <Text size="small" className="text-ui-fg-error">{messageOf(error)}</Text>
  const run = data?.pay_run
  if (!run || isComputing(run)) {
    return <ComputingProgress progress={run?.progress ?? 0} done={run?.artisans_done ?? 0} total={run?.artisans_total ?? 0} />
  }
  return (
    <div className="flex items-center justify-between gap-x-4">
      {run.compute_error ? (
        <Text size="small" className="text-ui-fg-error">{run.compute_error}</Text>
      ) : (
        <Text size="small">Computed {run.payslips.length} payslips. The run is a draft until it is approved.</Text>
      )}
      <Button size="small" variant="secondary" asChild>
        <Link to={`/pay-runs/${run.id}`}>Open the run</Link>
      </Button>
    </div>
  )
}
