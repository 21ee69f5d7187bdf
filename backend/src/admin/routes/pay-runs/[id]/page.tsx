import { ArrowLeft } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link, useParams } from "react-router-dom"
import { ComputingProgress } from "../../../components/pay-runs/computing-progress"
import { FairWageSummary } from "../../../components/pay-runs/fair-wage-summary"
import { PayRunActions } from "../../../components/pay-runs/pay-run-actions"
import { PayRunNotices } from "../../../components/pay-runs/pay-run-notices"
import { PayRunStatusBadge } from "../../../components/pay-runs/pay-run-status-badge"
import { PayRunTotals } from "../../../components/pay-runs/pay-run-totals"
import { PayslipDrawer } from "../../../components/pay-runs/payslip-drawer"
import { RegisterTable } from "../../../components/pay-runs/register-table"
import { RoleNotice } from "../../../components/role-notice"
import { formatPeriod } from "../../../lib/format"
import { isComputing, usePayRun } from "../../../lib/pay-runs"
import { useRoles } from "../../../lib/roles"
import { messageOf } from "../../../lib/sdk"

const Message = ({ children, error }: { children: string; error?: boolean }) => (
  <Container className="px-6 py-4">
    <Text className={error ? "text-ui-fg-error" : "text-ui-fg-subtle"}>{children}</Text>
  </Container>
)

const PayRun = ({ id }: { id: string }) => {
  const { data, error, isLoading } = usePayRun(id)
  const [openArtisan, setOpenArtisan] = useState<string | null>(null)
  const [conflict, setConflict] = useState<string | null>(null)
  if (error) return <Message error>{messageOf(error)}</Message>
  if (isLoading || !data) return <Message>Loading pay run…</Message>
  const { payslips, ...run } = data.pay_run

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-y-3 px-6 py-4">
        <Link to="/pay-runs" className="text-ui-fg-subtle hover:text-ui-fg-base inline-flex items-center gap-x-1 text-sm">
          <ArrowLeft /> Pay runs
        </Link>
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
  const { can, isLoading } = useRoles()
  if (isLoading) return <Message>Loading…</Message>
  if (!can("payRuns")) {
    return <RoleNotice title="Pay run" allowed="owners and finance staff" purpose="Pay runs compute, approve and record the artisans' wages." />
  }
  return id ? <PayRun id={id} /> : <Message error>No pay run was named in the address.</Message>
}

export default PayRunPage
