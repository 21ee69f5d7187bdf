import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { PieceRate } from "./rate-history"
import { sdk } from "./sdk"

export type Task = {
  id: string
  code: string
  name: string
  description: string | null
  product_variant_id: string | null
  is_active: boolean
  rates: PieceRate[]
}

export type NewRate = { effective_from: string; rate_paise: number; standard_minutes: number; note?: string | null }

const keys = {
  all: ["mukti", "tasks"] as const,
  list: (query: { q?: string; limit: number; offset: number }) => [...keys.all, "list", query] as const,
  detail: (id: string) => [...keys.all, "detail", id] as const,
}

/** Tasks with every rate each has had, by code. */
export function useTasks(query: { q?: string; limit: number; offset: number }) {
  return useQuery({
    queryKey: keys.list(query),
    queryFn: () =>
      sdk.client.fetch<{ tasks: Task[]; count: number; offset: number; limit: number }>("/admin/tasks", {
        query: { limit: query.limit, offset: query.offset, ...(query.q ? { q: query.q } : {}) },
      }),
    placeholderData: keepPreviousData,
  })
}

export function useTask(id: string) {
  return useQuery({
    queryKey: keys.detail(id),
    queryFn: () => sdk.client.fetch<{ task: Task }>(`/admin/tasks/${id}`),
  })
}

/** A new rate from a date on; rates are never edited, so a correction is another rate. */
export function useAddRate(taskId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: NewRate) => sdk.client.fetch<{ rate: PieceRate }>(`/admin/tasks/${taskId}/rates`, { method: "POST", body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  })
}
