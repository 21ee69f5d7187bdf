import { ArrowDownTray } from "@medusajs/icons"
import { Button, toast } from "@medusajs/ui"
import { useState } from "react"
import { downloadRegister, type PayRun, type PayslipRow, useRecomputePayRun } from "../../lib/pay-runs"
import { messageOf } from "../../lib/sdk"
import { ApprovePayRunPrompt } from "./approve-pay-run-prompt"
import { CancelPayRunPrompt } from "./cancel-pay-run-prompt"
import { RecordPaymentDrawer } from "./record-payment-drawer"

/** What can be done to a run depends on where it is: drafts are checked, approved runs are paid. */
export const PayRunActions = ({ run, payslips }: { run: PayRun; payslips: PayslipRow[] }) => {
  const recompute = useRecomputePayRun(run.id)
  const [downloading, setDownloading] = useState(false)

  const download = async () => {
    setDownloading(true)
    try {
      await downloadRegister(run)
    } catch (error) {
      toast.error("Register not downloaded", { description: messageOf(error) })
    } finally {
      setDownloading(false)
    }
  }

  const startRecompute = () =>
    recompute.mutate(undefined, {
      onSuccess: () => toast.info("Recomputing", { description: "The run reads the latest output and rules again." }),
      onError: (error) => toast.error("Not recomputed", { description: messageOf(error) }),
    })

  return (
    <div className="flex flex-wrap items-center gap-2">
      {run.status !== "computing" && run.status !== "cancelled" && (
        <Button size="small" variant="secondary" onClick={download} isLoading={downloading}>
          <ArrowDownTray /> Register CSV
        </Button>
      )}
      {run.status === "draft" && (
        <>
          <CancelPayRunPrompt payRunId={run.id} />
          <Button size="small" variant="secondary" onClick={startRecompute} isLoading={recompute.isPending}>
            Recompute
          </Button>
          <ApprovePayRunPrompt run={run} />
        </>
      )}
      {run.status === "approved" && <RecordPaymentDrawer payRunId={run.id} payslips={payslips} />}
    </div>
  )
}
