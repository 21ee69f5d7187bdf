import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type RuleSectionProps = {
  title: string
  source?: string
  /** For a table, which brings its own padding and runs edge to edge. */
  flush?: boolean
  children: ReactNode
}

/** One part of a rule set, with where its figures come from. */
export const RuleSection = ({ title, source, flush, children }: RuleSectionProps) => (
  <Container role="region" aria-label={title} className="divide-y p-0">
    <div className="px-6 py-4">
      <Heading level="h2">{title}</Heading>
      {source && <Text size="xsmall" className="text-ui-fg-muted mt-1">Source: {source}</Text>}
    </div>
    {flush ? <div className="overflow-x-auto">{children}</div> : <div className="px-6 py-4">{children}</div>}
  </Container>
)

/** A labelled value inside a section. */
export const RuleFact = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="grid grid-cols-1 gap-x-6 py-1.5 md:grid-cols-[280px_1fr]">
    <dt><Text size="small" className="text-ui-fg-subtle">{label}</Text></dt>
    <dd><Text size="small" className="tabular-nums">{children}</Text></dd>
  </div>
)
