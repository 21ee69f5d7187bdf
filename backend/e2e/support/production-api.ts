import { type APIRequestContext, expect } from "@playwright/test"

/**
 * What the production browser test asks the admin API directly: free days to
 * record on, what was recorded, and a pay run approved by finance.
 */

export type Artisan = { id: string; code: string; group_id: string; group: { name: string } }
export type Task = { id: string; code: string; name: string }
export type OutputRecord = { artisan: { code: string }; task: { code: string }; quantity_accepted: number; quantity_rejected: number; hours: number }

const todayInIst = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Kolkata" }).format(new Date())
const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)
const isSunday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay() === 0

export async function json<T>(api: APIRequestContext, path: string): Promise<T> {
  const response = await api.get(path)
  expect(response.status(), `GET ${path}`).toBe(200)
  return (await response.json()) as T
}

/** The latest Monday-to-Saturday up to today with no output recorded at all. */
export async function freeWorkDay(api: APIRequestContext, notBefore = "2026-11-01"): Promise<string> {
  for (let day = todayInIst(); day >= notBefore; day = dayBefore(day)) {
    if (isSunday(day)) continue
    const { count } = await json<{ count: number }>(api, `/admin/output?from=${day}&to=${day}&limit=1`)
    if (count === 0) return day
  }
  throw new Error(`No free working day between ${notBefore} and today`)
}

export const recordsOn = (api: APIRequestContext, day: string, groupId?: string) =>
  json<{ output_records: OutputRecord[]; count: number }>(
    api,
    `/admin/output?from=${day}&to=${day}&limit=500${groupId ? `&group_id=${groupId}` : ""}`
  )

export const AUGUST = { start: "2026-08-01", end: "2026-08-31", lockedDay: "2026-08-03" }

export type PayRun = { id: string; status: string; period_start: string; period_end: string; inputs_hash: string | null }

/** A pay run for the period, approved: made and approved through the API by finance unless one already is. */
export async function approvedPayRun(finance: APIRequestContext, period: { start: string; end: string }): Promise<PayRun> {
  const { pay_runs } = await json<{ pay_runs: PayRun[] }>(finance, "/admin/pay-runs?limit=500")
  let run = pay_runs.find((r) => r.period_start === period.start && r.period_end === period.end && r.status !== "cancelled")
  if (!run) {
    const created = await finance.post("/admin/pay-runs", { data: { period_start: period.start, period_end: period.end } })
    expect(created.status(), await created.text()).toBe(202)
    run = ((await created.json()) as { pay_run: PayRun }).pay_run
  }
  await expect
    .poll(async () => (run = (await json<{ pay_run: PayRun }>(finance, `/admin/pay-runs/${run!.id}`)).pay_run).status, { timeout: 120_000 })
    .not.toBe("computing")
  if (run.status === "draft") {
    const approved = await finance.post(`/admin/pay-runs/${run.id}/approve`, { data: { inputs_hash: run.inputs_hash } })
    expect(approved.status(), await approved.text()).toBe(200)
    run = ((await approved.json()) as { pay_run: PayRun }).pay_run
  }
  expect(["approved", "paid"]).toContain(run.status)
  return run
}
