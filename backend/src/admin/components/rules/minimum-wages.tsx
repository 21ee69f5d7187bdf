import { Table } from "@medusajs/ui"
import { formatDay, formatPaise } from "../../lib/format"
import type { Rules } from "../../lib/rule-sets"
import { GRADES, minimumWageRows } from "../../lib/rule-set-view"
import { RuleSection } from "./rule-section"

const gradeName = (grade: string) => grade.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase())

/** Daily minimum wages by skill grade and the monthly figure they make, newest revision first. */
export const MinimumWages = ({ rules }: { rules: Rules }) => (
  <RuleSection title="Minimum wages" source={rules.sources.minimum_wage} flush>
    <div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>From</Table.HeaderCell>
            {GRADES.map((grade) => (
              <Table.HeaderCell key={grade} className="text-right">{gradeName(grade)}</Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {minimumWageRows(rules).map((row) => (
            <Table.Row key={row.effective_from}>
              <Table.Cell>{formatDay(row.effective_from)}</Table.Cell>
              {GRADES.map((grade) => (
                <Table.Cell key={grade} className="text-right tabular-nums">
                  {formatPaise(row.daily[grade])} a day
                  <span className="text-ui-fg-muted block text-xs">{formatPaise(row.monthly[grade])} a month</span>
                </Table.Cell>
              ))}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  </RuleSection>
)
