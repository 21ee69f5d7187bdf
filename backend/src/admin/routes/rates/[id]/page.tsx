import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useParams } from "react-router-dom"
import { BackLink } from "../../../components/back-link"
import { AddRateDrawer } from "../../../components/rates/add-rate-drawer"
import { RateHistoryTable } from "../../../components/rates/rate-history-table"
import { PageMessage } from "../../../components/page-message"
import { RoleGate } from "../../../components/role-gate"
import { PURPOSE } from "../../../lib/area-purposes"
import { useTask } from "../../../lib/piece-rates"
import { messageOf } from "../../../lib/sdk"

const TaskRates = ({ id }: { id: string }) => {
  const { data, error, isLoading } = useTask(id)
  if (error) return <PageMessage error>{messageOf(error)}</PageMessage>
  if (isLoading || !data) return <PageMessage>Loading task…</PageMessage>
  const { task } = data
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-y-3 px-6 py-4">
        <BackLink to="/rates">Piece rates</BackLink>
        <div className="flex flex-wrap items-center justify-between gap-4">
          <div>
            <div className="flex items-center gap-x-2">
              <Heading level="h1">{task.code}</Heading>
              {!task.is_active && <Badge size="2xsmall">Inactive</Badge>}
            </div>
            <Text size="small" className="text-ui-fg-subtle">{task.name}</Text>
          </div>
          <AddRateDrawer task={task} />
        </div>
        {task.description && <Text size="small">{task.description}</Text>}
      </Container>
      <Container role="region" aria-label="Rate history" className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Rate history</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            The rate in force on a work date is the latest that began on or before it.
          </Text>
        </div>
        <RateHistoryTable rates={task.rates} />
      </Container>
    </div>
  )
}

const TaskRatesPage = () => {
  const { id } = useParams()
  return (
    <RoleGate area="rates" title="Piece rates" purpose={PURPOSE.rates}>
      {id ? <TaskRates id={id} /> : <PageMessage error>No task was named in the address.</PageMessage>}
    </RoleGate>
  )
}

export default TaskRatesPage
