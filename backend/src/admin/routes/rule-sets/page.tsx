import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BookOpen } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { RoleGate } from "../../components/role-gate"
import { NewRuleSetModal } from "../../components/rules/new-rule-set-modal"
import { RuleSetsTable } from "../../components/rules/rule-sets-table"
import { PURPOSE } from "../../lib/area-purposes"
import { useRuleSets } from "../../lib/rule-sets"

/** The newest version is where a new one starts from. */
const NewVersionButton = () => {
  const { data } = useRuleSets({ limit: 1, offset: 0 })
  const newest = data?.rule_sets[0]
  return newest ? <NewRuleSetModal base={newest} trigger="New version" /> : null
}

const RuleSetsPage = () => (
  <RoleGate area="rates" title="Wage rules" purpose={PURPOSE.rules}>
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Wage rules</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Each version holds the minimum wages, the fair-wage floor and the statutory rates from its start date. A pay run uses the version in force at the start of its period.
          </Text>
        </div>
        <NewVersionButton />
      </div>
      <RuleSetsTable />
    </Container>
  </RoleGate>
)

export const config = defineRouteConfig({
  label: "Wage rules",
  icon: BookOpen,
  rank: 32,
})

export default RuleSetsPage
