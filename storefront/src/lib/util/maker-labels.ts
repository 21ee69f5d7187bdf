import { formatCount } from "./figures"

/** What a maker group's `kind` is called in the shop. */
const KIND_LABELS: Record<string, string> = {
  unit: "Workshop",
  centre: "Craft centre",
  center: "Craft centre",
  cooperative: "Cooperative",
}

export function makerKindLabel(kind: string): string {
  const known = KIND_LABELS[kind.toLowerCase()]
  if (known) return known
  const words = kind.replace(/[-_]+/g, " ").trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** "Kolkata · Workshop · since 2014" */
export function makerPlaceLine(maker: { city: string; kind: string; founded_year: number | null }): string {
  const parts = [maker.city, makerKindLabel(maker.kind)]
  if (maker.founded_year) parts.push(`since ${maker.founded_year}`)
  return parts.filter(Boolean).join(" · ")
}

export type ImpactFigure = { key: string; value: string; label: string }

type ImpactCounts = { artisans_employed: number; hours_this_year: number; groups?: number }

/**
 * The impact figures worth showing, formatted for the market. A figure of zero (a new group,
 * or a year just begun) is left out rather than shown as if nobody worked.
 */
export function impactFigures(impact: ImpactCounts, locale: string): ImpactFigure[] {
  const figures: ImpactFigure[] = []
  const add = (key: string, count: number | undefined, one: string, many: string) => {
    if (!count || count <= 0) return
    figures.push({ key, value: formatCount(count, locale), label: count === 1 ? one : many })
  }
  add("artisans", impact.artisans_employed, "artisan employed", "artisans employed")
  add("hours", impact.hours_this_year, "hour of fair-wage work this year", "hours of fair-wage work this year")
  add("groups", impact.groups, "workshop", "workshops")
  return figures
}

/** "7 pieces in the shop" */
export function pieceCount(count: number, locale: string): string {
  return `${formatCount(count, locale)} ${count === 1 ? "piece" : "pieces"} in the shop`
}
