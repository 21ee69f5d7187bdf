import type { ImpactFigure } from "@/lib/util/maker-labels"

type ImpactFiguresProps = {
  figures: ImpactFigure[]
  /** `large` for a page's headline figures, `small` inside a card. */
  size?: "small" | "large"
  className?: string
}

/** Counts that speak for a group's work: never a figure about one person. */
export function ImpactFigures({ figures, size = "small", className = "" }: ImpactFiguresProps) {
  if (figures.length === 0) return null
  const valueClass = size === "large" ? "font-display text-4xl" : "font-display text-2xl"
  return (
    <dl className={`flex flex-wrap gap-x-10 gap-y-4 ${className}`}>
      {figures.map((figure) => (
        <div key={figure.key} className="flex flex-col-reverse">
          <dt className="text-sm text-ink-muted">{figure.label}</dt>
          <dd className={valueClass}>{figure.value}</dd>
        </div>
      ))}
    </dl>
  )
}
