import type { MakerListItem } from "@/lib/data/makers"
import type { Market } from "@/lib/util/markets"
import { MakerCard } from "./maker-card"

type MakerListProps = {
  makers: MakerListItem[]
  market: Market
  headingLevel?: 2 | 3
}

export function MakerList({ makers, market, headingLevel }: MakerListProps) {
  if (makers.length === 0) {
    return (
      <p className="rounded-md border border-thread bg-paper px-6 py-10 text-center text-ink-muted">
        Our workshops are getting their pages ready. Their stories will be here soon.
      </p>
    )
  }
  return (
    <ul className="grid gap-6 md:grid-cols-2 lg:grid-cols-3">
      {makers.map((maker) => (
        <li key={maker.id}>
          <MakerCard maker={maker} market={market} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  )
}
