const lists = new Map<string, Intl.ListFormat>()

/** "Bokul, Meghla and Ranu": names joined the way the market writes a list. */
export function joinNames(names: readonly string[], locale: string): string {
  let list = lists.get(locale)
  if (!list) {
    list = new Intl.ListFormat(locale, { style: "long", type: "conjunction" })
    lists.set(locale, list)
  }
  return list.format(names)
}

type Shared = { share_percent: number; name: string }

/** The groups that made a piece, the largest share first, then by name. */
export function byShare<M extends Shared>(makers: readonly M[]): M[] {
  return [...makers].sort((a, b) => b.share_percent - a.share_percent || a.name.localeCompare(b.name))
}

/** The products to suggest beside one: the group's others, this one left out, at most `limit`. */
export function relatedProductIds(groupProductIds: readonly string[], productId: string, limit: number): string[] {
  return groupProductIds.filter((id) => id !== productId).slice(0, limit)
}
