import { Text } from "@medusajs/ui"

/** How many of a file's batches have been sent and answered. */
export const ImportProgress = ({ done, total }: { done: number; total: number }) => {
  const percent = total ? Math.round((done / total) * 100) : 0
  return (
    <div className="flex flex-col gap-y-1">
      <div role="progressbar" aria-label="Import progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} className="bg-ui-bg-subtle h-2 w-full overflow-hidden rounded-full">
        <div className="bg-ui-fg-interactive h-full transition-all" style={{ width: `${percent}%` }} />
      </div>
      <Text size="xsmall" className="text-ui-fg-subtle">Importing: {done} of {total} batch(es)</Text>
    </div>
  )
}
