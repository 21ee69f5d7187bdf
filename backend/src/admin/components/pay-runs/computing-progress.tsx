import { Text } from "@medusajs/ui"

type ComputingProgressProps = { progress: number; done: number; total: number }

/** How far a run has got through its artisans while it computes. */
export const ComputingProgress = ({ progress, done, total }: ComputingProgressProps) => {
  const percent = Math.max(0, Math.min(100, Math.round(progress)))
  return (
    <div className="flex flex-col gap-y-1">
      <div
        role="progressbar"
        aria-label="Pay run computing"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="bg-ui-bg-subtle h-2 w-full overflow-hidden rounded-full"
      >
        <div className="bg-ui-fg-interactive h-full transition-all" style={{ width: `${percent}%` }} />
      </div>
      <Text size="xsmall" className="text-ui-fg-subtle">
        {total ? `Computing: ${percent}% (${done} of ${total} artisans)` : "Computing: gathering the period's output…"}
      </Text>
    </div>
  )
}
