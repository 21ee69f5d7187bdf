import { Container, Heading, Text } from "@medusajs/ui"
import { useParams } from "react-router-dom"
import { BackLink } from "../../../components/back-link"
import { PageMessage } from "../../../components/page-message"
import { RoleGate } from "../../../components/role-gate"
import { PURPOSE } from "../../../lib/area-purposes"
import { StandingBadge } from "../../../components/rates/standing-badge"
import { MinimumWages } from "../../../components/rules/minimum-wages"
import { NewRuleSetModal } from "../../../components/rules/new-rule-set-modal"
import { PayRules } from "../../../components/rules/pay-rules"
import { RuleSetSources } from "../../../components/rules/rule-set-sources"
import { StatutoryRules } from "../../../components/rules/statutory-rules"
import { formatDay, formatMoment, isoDayOf, todayInIst } from "../../../lib/format"
import { useRuleSet, useRuleSets } from "../../../lib/rule-sets"
import { versionStandings } from "../../../lib/rule-set-view"
import { messageOf } from "../../../lib/sdk"

const RuleSetVersionView = ({ id }: { id: string }) => {
  const { data, error, isLoading } = useRuleSet(id)
  // Standing needs the other versions: the one in force is the latest begun, among all of them.
  const versions = useRuleSets({ limit: 500, offset: 0 })
  if (error) return <PageMessage error>{messageOf(error)}</PageMessage>
  if (isLoading || !data) return <PageMessage>Loading the rules…</PageMessage>
  const { rule_set: ruleSet } = data
  const standing = versions.data ? versionStandings(versions.data.rule_sets, todayInIst()).get(ruleSet.id) : undefined

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-y-3 px-6 py-4">
        <BackLink to="/rule-sets">Wage rules</BackLink>
        <div className="flex flex-wrap items-center justify-between gap-4">
          <div>
            <div className="flex items-center gap-x-3">
              <Heading level="h1">Version {ruleSet.version}: {ruleSet.name}</Heading>
              {standing && <StandingBadge standing={standing} />}
            </div>
            <Text size="small" className="text-ui-fg-subtle">
              In force from {formatDay(isoDayOf(ruleSet.effective_from))} · {ruleSet.rules.jurisdiction} · added {formatMoment(ruleSet.created_at)}
            </Text>
          </div>
          <NewRuleSetModal base={ruleSet} trigger="New version from this one" />
        </div>
      </Container>
      <PayRules rules={ruleSet.rules} />
      <MinimumWages rules={ruleSet.rules} />
      <StatutoryRules rules={ruleSet.rules} />
      <RuleSetSources ruleSet={ruleSet} />
    </div>
  )
}

const RuleSetPage = () => {
  const { id } = useParams()
  return (
    <RoleGate area="rates" title="Wage rules" purpose={PURPOSE.rules}>
      {id ? <RuleSetVersionView id={id} /> : <PageMessage error>No version was named in the address.</PageMessage>}
    </RoleGate>
  )
}

export default RuleSetPage
