import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useMemo } from "react"
import { sdk } from "./sdk"

export type OutputRecord = {
  id: string
  work_date: string
  quantity_accepted: number
  quantity_rejected: number
  minutes_worked: number
  hours: number
  note: string | null
  recorded_by: string
  corrects_id: string | null
  correction_reason: string | null
  locked_at: string | null
  pay_run_id: string | null
  created_at: string
  artisan: { id: string; code: string } | null
  task: { id: string; code: string; name: string } | null
  corrected_by: string | null
}

export type OutputQuery = {
  artisan_id?: string
  group_id?: string
  task_id?: string
  from?: string
  to?: string
  limit: number
  offset: number
}

export type Task = {
  id: string
  code: string
  name: string
  is_active: boolean
  rates: Array<{ effective_from: string; rate_paise: number; standard_minutes: number }>
}

export type CorrectionInput = {
  reason: string
  quantity_accepted?: number
  quantity_rejected?: number
  hours?: number
  note?: string | null
}

const keys = {
  all: ["mukti", "output"] as const,
  list: (query: OutputQuery) => ["mukti", "output", query] as const,
  tasks: ["mukti", "tasks"] as const,
}

export function useOutputRecords(query: OutputQuery, enabled = true) {
  return useQuery({
    queryKey: keys.list(query),
    queryFn: () =>
      sdk.client.fetch<{ output_records: OutputRecord[]; count: number }>("/admin/output", {
        query: Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== "")),
      }),
    placeholderData: keepPreviousData,
    enabled,
  })
}

export function useTasks() {
  return useQuery({
    queryKey: keys.tasks,
    queryFn: () => sdk.client.fetch<{ tasks: Task[] }>("/admin/tasks", { query: { limit: 500, is_active: "true" } }),
    staleTime: 5 * 60_000,
  })
}

export function useCorrectOutput() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: CorrectionInput }) =>
      sdk.client.fetch<{ output_record: OutputRecord }>(`/admin/output/${id}/corrections`, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  })
}

/** Why a record cannot be corrected, or null when it can. */
export function correctionBlocker(record: Pick<OutputRecord, "locked_at" | "corrected_by">): string | null {
  if (record.locked_at) return "Covered by an approved pay run, so it is locked; ask finance for an adjustment instead."
  if (record.corrected_by) return "Already replaced by a correction; correct the newer record."
  return null
}

export const outputQueryKeys = keys

/** Output already recorded on one day (for a group, or everyone), keyed "artisan|task"; corrected records give way to their corrections. */
export function useDayOutput(workDate: string, groupId: string | undefined) {
  const query = useOutputRecords({ group_id: groupId, from: workDate, to: workDate, limit: 500, offset: 0 }, Boolean(workDate))
  const recorded = useMemo(() => {
    const byCell = new Map<string, OutputRecord>()
    for (const record of query.data?.output_records ?? []) {
      if (record.corrected_by || !record.artisan || !record.task) continue
      byCell.set(`${record.artisan.id}|${record.task.id}`, record)
    }
    return byCell
  }, [query.data])
  return { ...query, recorded }
}

/** The tasks a group (or everyone) recorded most in its latest output: the grid's first columns. */
export function useUsualTasks(groupId: string | undefined, howMany: number) {
  const query = useOutputRecords({ group_id: groupId, limit: 300, offset: 0 })
  const usual = useMemo(() => {
    const counts = new Map<string, number>()
    for (const record of query.data?.output_records ?? []) {
      if (record.task) counts.set(record.task.id, (counts.get(record.task.id) ?? 0) + 1)
    }
    // Ties go by id, so the same records always give the same tasks.
    return [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, howMany)
      .map(([id]) => id)
  }, [query.data, howMany])
  return { isLoading: query.isLoading, usual }
}
