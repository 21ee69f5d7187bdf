import { Text } from "@medusajs/ui"

/** One labelled figure in a summary grid; a group named by its label, so it can be found by what it is. */
export const Figure = ({ label, value, hint }: { label: string; value: string; hint?: string }) => (
  <div role="group" aria-label={label} className="flex flex-col gap-y-0.5">
    <Text size="small" className="text-ui-fg-subtle">{label}</Text>
    <Text size="large" weight="plus" className="tabular-nums">{value}</Text>
    {hint && <Text size="xsmall" className="text-ui-fg-muted">{hint}</Text>}
  </div>
)
