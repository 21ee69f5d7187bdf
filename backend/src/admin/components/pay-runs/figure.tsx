import { Text } from "@medusajs/ui"

/** One labelled figure in a summary grid. */
export const Figure = ({ label, value, hint }: { label: string; value: string; hint?: string }) => (
  <div className="flex flex-col gap-y-0.5">
    <Text size="small" className="text-ui-fg-subtle">{label}</Text>
    <Text size="large" weight="plus">{value}</Text>
    {hint && <Text size="xsmall" className="text-ui-fg-muted">{hint}</Text>}
  </div>
)
