import { Heading, Text } from "@medusajs/ui"
import { formatPaise } from "../../lib/format"
import type { PayslipLine } from "../../lib/pay-runs"
import { payslipSections } from "../../lib/payslip-sections"

const Line = ({ line }: { line: PayslipLine }) => (
  <li className="flex items-start justify-between gap-x-4 py-3" data-line-code={line.code}>
    <div className="min-w-0">
      <Text size="small" weight="plus">{line.label}</Text>
      {line.basis && (
        <Text size="xsmall" className="text-ui-fg-subtle mt-1 whitespace-pre-wrap break-words">{line.basis}</Text>
      )}
    </div>
    <Text size="small" className="shrink-0 tabular-nums">{formatPaise(line.amount_paise)}</Text>
  </li>
)

/** Every line of a payslip under its heading, in the engine's order, each with the arithmetic behind it. */
export const PayslipLines = ({ lines }: { lines: PayslipLine[] }) => (
  <div className="flex flex-col gap-y-6">
    {payslipSections(lines).map((section) => (
      <section key={section.title} aria-label={section.title}>
        <div className="flex items-baseline justify-between border-b pb-2">
          <div>
            <Heading level="h3">{section.title}</Heading>
            {section.note && <Text size="xsmall" className="text-ui-fg-muted">{section.note}</Text>}
          </div>
          <Text size="small" weight="plus" className="tabular-nums">{formatPaise(section.total_paise)}</Text>
        </div>
        <ul className="divide-y">
          {section.lines.map((line, index) => (
            <Line key={`${line.code}-${index}`} line={line} />
          ))}
        </ul>
      </section>
    ))}
  </div>
)
