import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"

export type LeaveKind = "paid" | "unpaid"

export type LeaveDay = {
  id: string
  leave_date: string
  kind: LeaveKind
  note: string | null
  recorded_by: string
  recorded_at: string | null
  cancelled_at: string | null
  cancelled_by: string | null
}

export type LeaveRequest = { from: string; to: string; kind: LeaveKind; note?: string }

const keys = {
  all: (artisanId: string) => ["mukti", "leave", artisanId] as const,
  list: (artisanId: string, includeCancelled: boolean) => [...keys.all(artisanId), { includeCancelled }] as const,
}

const path = (artisanId: string) => `/admin/artisans/${artisanId}/leave`

export function useLeave(artisanId: string, includeCancelled: boolean) {
  return useQuery({
    queryKey: keys.list(artisanId, includeCancelled),
    queryFn: () =>
      sdk.client.fetch<{ leave: LeaveDay[] }>(path(artisanId), {
        query: includeCancelled ? { include_cancelled: "true" } : {},
      }),
  })
}

/** Recording or cancelling leave changes what a draft pay run would pay, so both refresh the pay runs too. */
function useLeaveMutation<Input, Output>(artisanId: string, run: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: run,
    onSettled: () => {
      queryClient.invalidateQueries({ queryKey: keys.all(artisanId) })
      queryClient.invalidateQueries({ queryKey: ["mukti", "pay-runs"] })
    },
  })
}

export function useRecordLeave(artisanId: string) {
  return useLeaveMutation(artisanId, (body: LeaveRequest) =>
    sdk.client.fetch<{ leave: LeaveDay[] }>(path(artisanId), { method: "POST", body })
  )
}

export function useCancelLeave(artisanId: string) {
  return useLeaveMutation(artisanId, (leaveId: string) =>
    sdk.client.fetch<{ leave: LeaveDay }>(`${path(artisanId)}/${leaveId}/cancel`, { method: "POST" })
  )
}

/** Working days (Monday to Saturday) from `from` to `to`, as the API will record them. */
export function workingDaysInRange(from: string, to: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !/^\d{4}-\d{2}-\d{2}$/.test(to) || from > to) return 0
  let count = 0
  for (let day = new Date(`${from}T00:00:00Z`); day.toISOString().slice(0, 10) <= to; day = new Date(day.getTime() + 86_400_000)) {
    if (day.getUTCDay() !== 0) count++
  }
  return count
}
