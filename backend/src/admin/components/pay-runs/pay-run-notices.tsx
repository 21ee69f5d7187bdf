import { Alert, Text } from "@medusajs/ui"
import { formatDay } from "../../lib/format"
import type { PayRun } from "../../lib/pay-runs"
import { RecomputeButton } from "./recompute-button"

type PayRunNoticesProps = {
  run: PayRun
  /** The API's answer when approval was refused because the run changed since it was reviewed. */
  conflict: string | null
  onRecomputeStarted: () => void
}

const WithRecompute = ({ text, run, onStarted }: { text: string; run: PayRun; onStarted: () => void }) => (
  <div className="flex flex-wrap items-center justify-between gap-3">
    <Text size="small">{text}</Text>
    <RecomputeButton payRunId={run.id} onStarted={onStarted} variant="primary" />
  </div>
)

/** What finance must know before trusting the figures on the page. */
export const PayRunNotices = ({ run, conflict, onRecomputeStarted }: PayRunNoticesProps) => {
  const unpriced = run.unpriced_output_ids?.length ?? 0
  const holidays = run.holidays ?? []
  return (
    <>
      {conflict && run.status === "draft" && (
        <Alert variant="warning" role="alert" aria-label="Not approved">
          <WithRecompute text={`Not approved. ${conflict}`} run={run} onStarted={onRecomputeStarted} />
        </Alert>
      )}
      {run.compute_error && (
        <Alert variant="error" role="alert" aria-label="Computation stopped">
          <WithRecompute text={run.compute_error} run={run} onStarted={onRecomputeStarted} />
        </Alert>
      )}
      {unpriced > 0 && run.status !== "computing" && (
        <Alert variant="warning">
          {unpriced} output record{unpriced === 1 ? "" : "s"} in this period had no piece rate in force on the work date and
          {unpriced === 1 ? " is" : " are"} not paid by this run. Add the missing rates under Piece rates, then recompute.
        </Alert>
      )}
      {holidays.length > 0 && (
        <Alert variant="info">Paid holidays in this period: {holidays.map(formatDay).join(", ")}.</Alert>
      )}
    </>
  )
}
