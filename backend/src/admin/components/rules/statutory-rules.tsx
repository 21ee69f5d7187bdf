import { Table } from "@medusajs/ui"
import { formatPaise } from "../../lib/format"
import type { Rules } from "../../lib/rule-sets"
import { percentFromBasisPoints as pct } from "../../lib/rule-set-view"
import { RuleFact, RuleSection } from "./rule-section"

const ProvidentFund = ({ rules }: { rules: Rules }) => (
  <RuleSection title="Provident fund (EPF)" source={rules.sources.epf}>
    <dl>
      <RuleFact label="From the artisan">{pct(rules.epf.employee_bp)} of EPF wages</RuleFact>
      <RuleFact label="From Mukti">{pct(rules.epf.employer_bp)} of EPF wages</RuleFact>
      <RuleFact label="Of which to the pension fund">
        {pct(rules.epf.employer_pension_bp)} of wages up to {formatPaise(rules.epf.pension_wage_ceiling_paise)} a month
      </RuleFact>
    </dl>
  </RuleSection>
)

const StateInsurance = ({ rules }: { rules: Rules }) => (
  <RuleSection title="State insurance (ESI)" source={rules.sources.esi}>
    <dl>
      <RuleFact label="From the artisan">{pct(rules.esi.employee_bp)} of gross</RuleFact>
      <RuleFact label="From Mukti">{pct(rules.esi.employer_bp)} of gross</RuleFact>
      <RuleFact label="Covers wages up to">{formatPaise(rules.esi.coverage_ceiling_monthly_paise)} a month</RuleFact>
      <RuleFact label="No artisan share at daily wages up to">{formatPaise(rules.esi.employee_exempt_up_to_daily_paise)}</RuleFact>
    </dl>
  </RuleSection>
)

const ProfessionalTax = ({ rules }: { rules: Rules }) => (
  <RuleSection title="Professional tax" source={rules.sources.professional_tax} flush>
    <div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Monthly gross</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Tax a month</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rules.professional_tax.slabs.map((slab, index, slabs) => {
            const from = index === 0 ? null : slabs[index - 1].up_to_paise
            const band =
              slab.up_to_paise === null
                ? `Over ${formatPaise(from ?? 0)}`
                : from === null
                  ? `Up to ${formatPaise(slab.up_to_paise)}`
                  : `Over ${formatPaise(from)} up to ${formatPaise(slab.up_to_paise)}`
            return (
              <Table.Row key={index}>
                <Table.Cell>{band}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatPaise(slab.tax_paise)}</Table.Cell>
              </Table.Row>
            )
          })}
        </Table.Body>
      </Table>
    </div>
  </RuleSection>
)

const BonusAndGratuity = ({ rules }: { rules: Rules }) => (
  <RuleSection title="Bonus and gratuity" source={[rules.sources.bonus, rules.sources.gratuity].filter(Boolean).join("; ")}>
    <dl>
      <RuleFact label="Bonus">
        {pct(rules.bonus.minimum_bp)} to {pct(rules.bonus.maximum_bp)} of wages, after {rules.bonus.minimum_days_worked} days worked in the year
      </RuleFact>
      <RuleFact label="Gratuity">
        {rules.gratuity.days_wages_per_year} days' wages for each completed year (a month counted as {rules.gratuity.days_per_month} days),
        after {rules.gratuity.minimum_years} years, at most {formatPaise(rules.gratuity.cap_paise)}
      </RuleFact>
      <RuleFact label="A year of service counts with">
        {rules.gratuity.days_for_a_year} days worked ({rules.gratuity.days_for_a_year_short_week} in a unit working under six days a week)
      </RuleFact>
    </dl>
  </RuleSection>
)

/** The statutory contributions and benefits the rules set. */
export const StatutoryRules = ({ rules }: { rules: Rules }) => (
  <>
    <ProvidentFund rules={rules} />
    <StateInsurance rules={rules} />
    <ProfessionalTax rules={rules} />
    <BonusAndGratuity rules={rules} />
  </>
)
