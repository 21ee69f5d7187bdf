import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { attachmentName } from "./attachment"
import { sdk } from "./sdk"

export type PayRunStatus = "computing" | "draft" | "approved" | "paid" | "cancelled"

export type PayRunTotals = {
  gross: number
  deductions: number
  net: number
  employer_contributions: number
  employer_cost: number
  top_up_total: number
  below_minimum_before_top_up: number
  below_living_wage: number
  payslips?: number
  totals_by_code: Record<string, number>
}

export type PayRun = {
  id: string
  period_start: string
  period_end: string
  status: PayRunStatus
  progress: number
  artisans_total: number
  artisans_done: number
  inputs_hash: string | null
  totals: PayRunTotals | null
  /** Output records in the period that no piece rate covered on their work date: not paid by this run. */
  unpriced_output_ids: string[] | null
  holidays: string[] | null
  /** Why the last computation stopped, when it did. */
  compute_error: string | null
  computed_at: string | null
  approved_at: string | null
  approved_by: string | null
  paid_at: string | null
}

export type PayslipFlags = { below_minimum_before_top_up: boolean; below_living_wage: boolean; overtime_beyond_limits: boolean }

export type PayslipRow = {
  id: string
  artisan_id: string
  artisan_code: string
  group_id: string | null
  skill_grade: string
  employment_kind: string
  hours: number
  pieces: number
  days_worked: number
  gross_paise: number
  deductions_paise: number
  net_paise: number
  employer_paise: number
  effective_hourly_paise: number
  floor_hourly_paise: number
  living_hourly_paise: number | null
  flags: PayslipFlags
  paid: boolean
}

export type PayslipLine = { code: string; kind: string; label: string; amount_paise: number; basis: string | null }
export type PayslipDetail = Omit<PayslipRow, "paid"> & { lines: PayslipLine[] }

export type FairWage = {
  artisans: number
  below_minimum_before_top_up: number
  below_living_wage: number
  top_up_total_paise: number
  per_artisan: Array<{ artisan_id: string; artisan_code: string; effective_hourly_paise: number; floor_hourly_paise: number; living_hourly_paise: number | null }>
}

export type PaymentInput = { reference: string; method: "bank_transfer" | "cash"; paid_on: string; payslip_id?: string }

const keys = {
  all: ["mukti", "pay-runs"] as const,
  list: (page: { limit: number; offset: number; status?: PayRunStatus }) => [...keys.all, "list", page] as const,
  detail: (id: string) => [...keys.all, "detail", id] as const,
  fairWage: (id: string) => [...keys.all, "fair-wage", id] as const,
  payslip: (id: string, artisanId: string) => [...keys.all, "payslip", id, artisanId] as const,
}

/** A run still working: computing, and not stopped with a reason. */
export const isComputing = (run: Pick<PayRun, "status" | "compute_error">) => run.status === "computing" && !run.compute_error

/** While a run computes, ask again every second and a half so the progress bar moves. */
const pollWhileComputing = (run: PayRun | undefined) => (run && isComputing(run) ? 1500 : false)

export function usePayRuns(page: { limit: number; offset: number; status?: PayRunStatus }) {
  return useQuery({
    queryKey: keys.list(page),
    queryFn: () =>
      sdk.client.fetch<{ pay_runs: PayRun[]; count: number; offset: number; limit: number }>("/admin/pay-runs", { query: page }),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (query.state.data?.pay_runs.some(isComputing) ? 1500 : false),
  })
}

export function usePayRun(id: string) {
  return useQuery({
    queryKey: keys.detail(id),
    queryFn: () => sdk.client.fetch<{ pay_run: PayRun & { payslips: PayslipRow[] } }>(`/admin/pay-runs/${id}`),
    refetchInterval: (query) => pollWhileComputing(query.state.data?.pay_run),
  })
}

export function useFairWage(id: string, enabled: boolean) {
  return useQuery({
    queryKey: keys.fairWage(id),
    queryFn: () => sdk.client.fetch<{ fair_wage: FairWage }>(`/admin/pay-runs/${id}/fair-wage`),
    enabled,
  })
}

export function usePayslip(id: string, artisanId: string | null) {
  return useQuery({
    queryKey: keys.payslip(id, artisanId ?? ""),
    queryFn: () => sdk.client.fetch<{ payslip: PayslipDetail }>(`/admin/pay-runs/${id}/payslips/${artisanId}`),
    enabled: Boolean(artisanId),
  })
}

/** Asks again for every pay-run view, as when a run the page follows has finished computing. */
export function useRefreshPayRuns() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: keys.all })
}

/** Every change to a run can change every view of it, so each mutation refreshes them all. */
function usePayRunMutation<Input, Output>(run: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: run,
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  })
}

export function useCreatePayRun() {
  return usePayRunMutation((body: { period_start: string; period_end: string; holidays?: string[] }) =>
    sdk.client.fetch<{ pay_run: PayRun }>("/admin/pay-runs", { method: "POST", body })
  )
}

export function useApprovePayRun(id: string) {
  return usePayRunMutation((inputsHash: string) =>
    sdk.client.fetch<{ pay_run: PayRun }>(`/admin/pay-runs/${id}/approve`, { method: "POST", body: { inputs_hash: inputsHash } })
  )
}

export function useRecomputePayRun(id: string) {
  return usePayRunMutation(() => sdk.client.fetch<{ pay_run: PayRun }>(`/admin/pay-runs/${id}/recompute`, { method: "POST" }))
}

export function useCancelPayRun(id: string) {
  return usePayRunMutation(() => sdk.client.fetch<{ pay_run: PayRun }>(`/admin/pay-runs/${id}/cancel`, { method: "POST" }))
}

export function useRecordPayment(id: string) {
  return usePayRunMutation((body: PaymentInput) =>
    sdk.client.fetch<{ payments: Array<{ id: string; amount_paise: number }> }>(`/admin/pay-runs/${id}/payments`, { method: "POST", body })
  )
}

/**
 * The register comes back as CSV, not JSON: fetch it with the session (so a
 * refusal arrives as an error, not as a page of JSON) and hand the browser the
 * API's file, under the API's name.
 */
export async function downloadRegister(run: Pick<PayRun, "id" | "period_start" | "period_end">): Promise<void> {
  const response = await sdk.client.fetch<Response>(`/admin/pay-runs/${run.id}/register.csv`, { headers: { accept: "text/csv" } })
  const name = attachmentName(response.headers.get("content-disposition"), `wage-register-${run.period_start}-to-${run.period_end}.csv`)
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement("a")
  link.href = url
  link.download = name
  document.body.appendChild(link)
  link.click()
  link.remove()
  // Let the browser start reading the file before its address is let go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
