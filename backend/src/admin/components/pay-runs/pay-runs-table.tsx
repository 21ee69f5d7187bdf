import { Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { formatMoment, formatPaise, formatPeriod } from "../../lib/format"
import { isComputing, type PayRunStatus, usePayRuns } from "../../lib/pay-runs"
import { messageOf } from "../../lib/sdk"
import { ComputingProgress } from "./computing-progress"
import { PayRunStatusBadge } from "./pay-run-status-badge"
import { PayRunStatusFilter } from "./pay-run-status-filter"
import { TablePages } from "../table-pages"

const PAGE_SIZE = 20

/** Every run, newest period first, each row opening the run. */
export const PayRunsTable = () => {
  const [pageIndex, setPageIndex] = useState(0)
  const [status, setStatus] = useState<PayRunStatus | undefined>()
  const navigate = useNavigate()
  const { data, isLoading, error } = usePayRuns({ limit: PAGE_SIZE, offset: pageIndex * PAGE_SIZE, ...(status ? { status } : {}) })
  const filter = (
    <div className="flex justify-end px-6 py-3">
      <PayRunStatusFilter
        value={status}
        onChange={(next) => {
          setStatus(next)
          setPageIndex(0)
        }}
      />
    </div>
  )

  if (error) return <Text className="text-ui-fg-error px-6 py-4">{messageOf(error)}</Text>
  if (isLoading) return <Text className="text-ui-fg-subtle px-6 py-4">Loading pay runs…</Text>
  const runs = data?.pay_runs ?? []
  if (!runs.length) {
    return (
      <div>
        {status && filter}
        <Text className="text-ui-fg-subtle px-6 py-4">
          {status ? "No pay runs in that status." : "No pay runs yet. Compute the first one above."}
        </Text>
      </div>
    )
  }
  const count = data?.count ?? 0

  return (
    <div>
      {filter}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Period</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Artisans</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Net pay</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Cost to Mukti</Table.HeaderCell>
            <Table.HeaderCell>Computed</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {runs.map((run) => (
            <Table.Row key={run.id} className="cursor-pointer" onClick={() => navigate(`/pay-runs/${run.id}`)}>
              <Table.Cell>
                <Link to={`/pay-runs/${run.id}`} className="hover:underline" onClick={(event) => event.stopPropagation()}>
                  {formatPeriod(run.period_start, run.period_end)}
                </Link>
              </Table.Cell>
              <Table.Cell>
                {isComputing(run) ? (
                  <ComputingProgress progress={run.progress} done={run.artisans_done} total={run.artisans_total} />
                ) : (
                  <PayRunStatusBadge run={run} />
                )}
              </Table.Cell>
              <Table.Cell className="text-right">{run.artisans_total}</Table.Cell>
              <Table.Cell className="text-right">{run.totals ? formatPaise(run.totals.net) : "—"}</Table.Cell>
              <Table.Cell className="text-right">{run.totals ? formatPaise(run.totals.employer_cost) : "—"}</Table.Cell>
              <Table.Cell>{formatMoment(run.computed_at)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <TablePages count={count} pageSize={PAGE_SIZE} pageIndex={pageIndex} onPage={setPageIndex} />
    </div>
  )
}
