import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ReceiptPercent } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { TasksTable } from "../../components/rates/tasks-table"
import { RoleGate } from "../../components/role-gate"
import { PURPOSE } from "../../lib/area-purposes"

const RatesPage = () => (
  <RoleGate area="rates" title="Piece rates" purpose={PURPOSE.rates}>
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Piece rates</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          What each task pays a piece, from the day each rate began. Open a task to see every rate it has had or to add one.
        </Text>
      </div>
      <TasksTable />
    </Container>
  </RoleGate>
)

export const config = defineRouteConfig({
  label: "Piece rates",
  icon: ReceiptPercent,
  rank: 31,
})

export default RatesPage
