import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { CreatePayRunForm } from "../../components/pay-runs/create-pay-run-form"
import { PayRunsTable } from "../../components/pay-runs/pay-runs-table"
import { RoleGate } from "../../components/role-gate"
import { PURPOSE } from "../../lib/area-purposes"

const PayRuns = () => {
  const [creating, setCreating] = useState(false)
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Pay runs</Heading>
          <Text size="small" className="text-ui-fg-subtle">Compute wages for a period, check them, approve and record payment.</Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setCreating((open) => !open)}>
          {creating ? "Close" : "New pay run"}
        </Button>
      </div>
      {creating && <CreatePayRunForm />}
      <PayRunsTable />
    </Container>
  )
}

const PayRunsPage = () => (
  <RoleGate area="payRuns" title="Pay runs" purpose={PURPOSE.payRuns}>
    <PayRuns />
  </RoleGate>
)

export const config = defineRouteConfig({
  label: "Pay runs",
  icon: Cash,
  rank: 30,
})

export default PayRunsPage
