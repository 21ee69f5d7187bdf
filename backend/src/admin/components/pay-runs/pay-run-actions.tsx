import { ArrowDownTray } from "@medusajs/icons"
import { Button, toast } from "@medusajs/ui"
import { useState } from "react"
import { downloadRegister, type PayRun, type PayslipRow } from "../../lib/pay-runs"
import { messageOf } from "../../lib/sdk"
import { ApprovePayRunPrompt } from "./approve-pay-run-prompt"
import { CancelPayRunPrompt } from "./cancel-pay-run-prompt"
import { RecomputeButton } from "./recompute-button"
import { RecordPaymentDrawer } from "./record-payment-drawer"

type PayRunActionsProps = { run: PayRun; payslips: PayslipRow[]; onConflict: (message: string) => void }

/** What can be done to a run depends on where it is: drafts are checked and approved, approved runs are paid. */
export const PayRunActions = ({ run, payslips, onConflict }: PayRunActionsProps) => {
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
          <RecomputeButton payRunId={run.id} />
          <ApprovePayRunPrompt run={run} onConflict={onConflict} />
        </>
      )}
      {run.status === "approved" && <RecordPaymentDrawer payRunId={run.id} payslips={payslips} />}
    </div>
  )
}
