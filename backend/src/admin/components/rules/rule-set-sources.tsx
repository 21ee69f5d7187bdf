import { Text } from "@medusajs/ui"
import type { RuleSetVersion } from "../../lib/rule-sets"
import { RuleFact, RuleSection } from "./rule-section"

/** Where every figure comes from, and the rules exactly as stored, for anyone checking them. */
export const RuleSetSources = ({ ruleSet }: { ruleSet: RuleSetVersion }) => (
  <RuleSection title="Sources">
    <Text size="small" className="mb-3 whitespace-pre-wrap">{ruleSet.source_note}</Text>
    <dl>
      {Object.entries(ruleSet.rules.sources).map(([topic, source]) => (
        <RuleFact key={topic} label={topic.replace(/_/g, " ")}>{source}</RuleFact>
      ))}
    </dl>
    <details className="mt-4">
      <summary className="txt-compact-small-plus text-ui-fg-subtle cursor-pointer">The rules as stored (JSON)</summary>
      <pre className="bg-ui-bg-subtle txt-compact-xsmall mt-2 max-h-[480px] overflow-auto rounded-md p-4 font-mono">
        {JSON.stringify(ruleSet.rules, null, 2)}
      </pre>
    </details>
  </RuleSection>
)
