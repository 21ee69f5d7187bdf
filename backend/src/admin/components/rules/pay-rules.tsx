import { formatMinutes, formatPaise } from "../../lib/format"
import type { Rules } from "../../lib/rule-sets"
import { timesOrdinary } from "../../lib/rule-set-view"
import { RuleFact, RuleSection } from "./rule-section"

const floorInWords = (floor: Rules["floor"]) => {
  switch (floor.kind) {
    case "minimum":
      return "The legal minimum wage for the artisan's grade"
    case "living":
      return `The living wage, ${formatPaise(floor.monthly_living_wage_paise)} a month`
    case "fixed":
      return `A set ${formatPaise(floor.hourly_paise)} an hour`
  }
}

/** The rules that decide ordinary pay: the floor, the working day and week, overtime and stipends. */
export const PayRules = ({ rules }: { rules: Rules }) => (
  <RuleSection title="Pay and hours" source={rules.sources.floor}>
    <dl>
      <RuleFact label="No artisan is paid below">{floorInWords(rules.floor)}</RuleFact>
      <RuleFact label="Living-wage target (for the flag)">
        {rules.monthly_living_wage_paise === null ? "Not set" : `${formatPaise(rules.monthly_living_wage_paise)} a month`}
      </RuleFact>
      <RuleFact label="Working days in a month">{rules.working_days_per_month}</RuleFact>
      <RuleFact label="Normal day">{formatMinutes(rules.hours.normal_minutes_per_day)}</RuleFact>
      <RuleFact label="Normal week">{formatMinutes(rules.hours.normal_minutes_per_week)}</RuleFact>
      <RuleFact label="Overtime pays">{timesOrdinary(rules.hours.overtime_multiplier)} the ordinary rate</RuleFact>
      <RuleFact label="Trainee stipend">{formatPaise(rules.trainee_stipend_daily_paise)} a day attended</RuleFact>
    </dl>
  </RuleSection>
)
