import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { CreatePayRunForm } from "../../components/pay-runs/create-pay-run-form"
import { PayRunsTable } from "../../components/pay-runs/pay-runs-table"
import { RoleNotice } from "../../components/role-notice"
import { useRoles } from "../../lib/roles"

const PayRunsPage = () => {
  const { can, isLoading } = useRoles()
  const [creating, setCreating] = useState(false)

  if (isLoading) return <Container className="px-6 py-4"><Text className="text-ui-fg-subtle">Loading…</Text></Container>
  if (!can("payRuns")) {
    return (
      <RoleNotice
        title="Pay runs"
        allowed="owners and finance staff"
        purpose="Pay runs compute, approve and record the artisans' wages."
      />
    )
  }

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

export const config = defineRouteConfig({
  label: "Pay runs",
  icon: Cash,
})

export default PayRunsPage
