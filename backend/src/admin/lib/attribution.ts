import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"

/**
 * Who made a product: its maker groups and each group's share of the work, in
 * whole percent. The shares of one product add up to exactly 100; the API
 * refuses anything else, and the editor below says so before anything is sent.
 */

export type MakerShare = {
  artisan_group_id: string
  share_percent: number
  artisan_group: { id: string; name: string; handle: string } | null
}

/** One line of the editor as typed: the chosen group (empty until chosen) and the share as text. */
export type ShareDraft = { artisan_group_id: string; percent: string }

export type ShareCheck = {
  /** Sum of the shares that are whole numbers; what the live total shows. */
  total: number
  /** What is wrong with each line, by position; undefined when the line is fine. */
  lineProblems: Array<string | undefined>
  /** What is wrong with the whole, e.g. the total; null when it can be saved. */
  problem: string | null
}

export const MAX_MAKER_GROUPS = 10

/** A share as typed, when it is a whole number; digits only, so "12.5" or "1e2" is not a share. */
export function percentOf(text: string): number | null {
  const trimmed = text.trim()
  return /^\d{1,3}$/.test(trimmed) ? Number(trimmed) : null
}

/** Keeps a share field to at most three digits while typing. */
export const acceptPercentTyping = (text: string): string | null => (/^\d{0,3}$/.test(text) ? text : null)

/** Checks a draft by the rules the API applies (set-product-attribution's validators), in words for people. */
export function checkShares(drafts: readonly ShareDraft[]): ShareCheck {
  const seen = new Set<string>()
  let total = 0
  const lineProblems = drafts.map((draft) => {
    const percent = percentOf(draft.percent)
    if (percent !== null) total += percent
    if (!draft.artisan_group_id) return "Choose a group."
    if (seen.has(draft.artisan_group_id)) return "This group is already on the list."
    seen.add(draft.artisan_group_id)
    if (percent === null) return "Enter a whole number."
    if (percent < 1) return "A share is at least 1%."
    if (percent > 100) return "A share is at most 100%."
    return undefined
  })
  let problem: string | null = null
  if (!drafts.length) problem = "Name at least one maker group."
  else if (drafts.length > MAX_MAKER_GROUPS) problem = `At most ${MAX_MAKER_GROUPS} groups can share one product.`
  else if (total !== 100) problem = total < 100 ? `${100 - total}% is still to be shared out.` : `${total - 100}% too much: the shares add up to ${total}%.`
  else if (lineProblems.some(Boolean)) problem = "Fix the marked lines."
  return { total, lineProblems, problem }
}

/** 100 shared as evenly as whole percent allow, the remainder going one each to the first lines. */
export function evenShares(count: number): number[] {
  if (count < 1) return []
  const base = Math.floor(100 / count)
  const remainder = 100 - base * count
  return Array.from({ length: count }, (_, index) => base + (index < remainder ? 1 : 0))
}

export const draftsOf = (makers: readonly MakerShare[]): ShareDraft[] =>
  makers.map((maker) => ({ artisan_group_id: maker.artisan_group_id, percent: String(maker.share_percent) }))

/** The request body for a draft that checkShares passed. */
export const sharesBody = (drafts: readonly ShareDraft[]) => ({
  shares: drafts.map((draft) => ({ artisan_group_id: draft.artisan_group_id, share_percent: Number(draft.percent.trim()) })),
})

const makersKey = (productId: string) => ["mukti", "product-makers", productId] as const

/** The groups a product can be attributed to, by name. */
export function useMakerGroups() {
  return useQuery({
    queryKey: ["mukti", "product-makers", "groups"],
    queryFn: () =>
      sdk.client.fetch<{ artisan_groups: Array<{ id: string; name: string }> }>("/admin/artisan-groups", {
        query: { limit: 500 },
      }),
    staleTime: 60_000,
  })
}

export function useProductMakers(productId: string) {
  return useQuery({
    queryKey: makersKey(productId),
    queryFn: () => sdk.client.fetch<{ makers: MakerShare[] }>(`/admin/products/${productId}/makers`),
  })
}

export function useSetProductMakers(productId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (drafts: readonly ShareDraft[]) =>
      sdk.client.fetch<{ makers: MakerShare[] }>(`/admin/products/${productId}/makers`, {
        method: "POST",
        body: sharesBody(drafts),
      }),
    onSuccess: (data) => queryClient.setQueryData(makersKey(productId), data),
  })
}
