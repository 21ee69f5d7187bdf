import { Container, Heading } from "@medusajs/ui"
import { useState } from "react"
import { useParams } from "react-router-dom"
import { BackLink } from "../../../components/back-link"
import { ComputingProgress } from "../../../components/pay-runs/computing-progress"
import { FairWageSummary } from "../../../components/pay-runs/fair-wage-summary"
import { PayRunActions } from "../../../components/pay-runs/pay-run-actions"
import { PayRunNotices } from "../../../components/pay-runs/pay-run-notices"
import { PayRunStatusBadge } from "../../../components/pay-runs/pay-run-status-badge"
import { PayRunTotals } from "../../../components/pay-runs/pay-run-totals"
import { PayslipDrawer } from "../../../components/pay-runs/payslip-drawer"
import { RegisterTable } from "../../../components/pay-runs/register-table"
import { PageMessage } from "../../../components/page-message"
import { RoleGate } from "../../../components/role-gate"
import { PURPOSE } from "../../../lib/area-purposes"
import { formatPeriod } from "../../../lib/format"
import { isComputing, usePayRun } from "../../../lib/pay-runs"
import { messageOf } from "../../../lib/sdk"

const PayRun = ({ id }: { id: string }) => {
  const { data, error, isLoading } = usePayRun(id)
  const [openArtisan, setOpenArtisan] = useState<string | null>(null)
  const [conflict, setConflict] = useState<string | null>(null)
  if (error) return <PageMessage error>{messageOf(error)}</PageMessage>
  if (isLoading || !data) return <PageMessage>Loading pay run…</PageMessage>
  const { payslips, ...run } = data.pay_run

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-y-3 px-6 py-4">
        <BackLink to="/pay-runs">Pay runs</BackLink>
        <div className="flex flex-wrap items-center justify-between gap-4">
          <div className="flex items-center gap-x-3">
            <Heading level="h1">Pay run {formatPeriod(run.period_start, run.period_end)}</Heading>
            <PayRunStatusBadge run={run} />
          </div>
          <PayRunActions run={run} payslips={payslips} onConflict={setConflict} />
        </div>
        {isComputing(run) && (
          <ComputingProgress progress={run.progress} done={run.artisans_done} total={run.artisans_total} />
        )}
      </Container>
      <PayRunNotices run={run} conflict={conflict} onRecomputeStarted={() => setConflict(null)} />
      {run.status !== "computing" && (
        <>
          <PayRunTotals run={run} />
          <FairWageSummary payRunId={run.id} />
          <RegisterTable payslips={payslips} onOpen={setOpenArtisan} />
          <PayslipDrawer payRunId={run.id} artisanId={openArtisan} onClose={() => setOpenArtisan(null)} />
        </>
      )}
    </div>
  )
}

const PayRunPage = () => {
  const { id } = useParams()
  return (
    <RoleGate area="payRuns" title="Pay run" purpose={PURPOSE.payRuns}>
      {id ? <PayRun id={id} /> : <PageMessage error>No pay run was named in the address.</PageMessage>}
    </RoleGate>
  )
}

export default PayRunPage
