import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"

export type DetailItem = { label: string; value: ReactNode }

/** Label and value pairs in two columns, the way Medusa's own detail pages read. */
export const DetailList = ({ items }: { items: DetailItem[] }) => (
  <div className="divide-y">
    {items.map((item) => (
      <div key={item.label} className="text-ui-fg-subtle grid grid-cols-2 items-center px-6 py-3">
        <Text size="small" weight="plus" leading="compact">{item.label}</Text>
        <Text size="small" leading="compact" className="text-ui-fg-base">{item.value}</Text>
      </div>
    ))}
  </div>
)
