import { Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { formatDay, formatMoment, isoDayOf, todayInIst } from "../../lib/format"
import { useRuleSets } from "../../lib/rule-sets"
import { versionStandings } from "../../lib/rule-set-view"
import { messageOf } from "../../lib/sdk"
import { StandingBadge } from "../rates/standing-badge"
import { TablePages } from "../table-pages"

const PAGE_SIZE = 20

/** Every version of the wage rules, newest first, marked in force, scheduled or superseded. */
export const RuleSetsTable = () => {
  const [pageIndex, setPageIndex] = useState(0)
  const navigate = useNavigate()
  const { data, error, isLoading } = useRuleSets({ limit: PAGE_SIZE, offset: pageIndex * PAGE_SIZE })
  if (error) return <Text className="text-ui-fg-error px-6 py-4">{messageOf(error)}</Text>
  if (isLoading || !data) return <Text className="text-ui-fg-subtle px-6 py-4">Loading rule sets…</Text>
  if (!data.rule_sets.length) return <Text className="text-ui-fg-subtle px-6 py-4">No wage rules yet: pay runs need a version in force.</Text>
  // Standing is judged on the page shown; the newest versions come first, so the one in force is on page one.
  const standings = versionStandings(data.rule_sets, todayInIst())

  return (
    <div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Version</Table.HeaderCell>
            <Table.HeaderCell>Name</Table.HeaderCell>
            <Table.HeaderCell>In force from</Table.HeaderCell>
            <Table.HeaderCell>Standing</Table.HeaderCell>
            <Table.HeaderCell>Added</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {data.rule_sets.map((ruleSet) => (
            <Table.Row key={ruleSet.id} className="cursor-pointer" onClick={() => navigate(`/rule-sets/${ruleSet.id}`)}>
              <Table.Cell className="font-medium">
                <Link to={`/rule-sets/${ruleSet.id}`} className="hover:underline" onClick={(e) => e.stopPropagation()}>
                  Version {ruleSet.version}
                </Link>
              </Table.Cell>
              <Table.Cell>{ruleSet.name}</Table.Cell>
              <Table.Cell>{formatDay(isoDayOf(ruleSet.effective_from))}</Table.Cell>
              <Table.Cell><StandingBadge standing={standings.get(ruleSet.id) ?? "superseded"} /></Table.Cell>
              <Table.Cell>{formatMoment(ruleSet.created_at)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <TablePages count={data.count} pageSize={PAGE_SIZE} pageIndex={pageIndex} onPage={setPageIndex} />
    </div>
  )
}
