import type { AxiosInstance } from "axios"

type Headers = { authorization: string }

export type World = {
  groupId: string
  artisans: { skilled: string; unskilled: string; trainee: string }
  tasks: { stitch: string; hem: string }
}

/** September 2026, Monday to Saturday. */
export const SEPTEMBER_WORKDAYS = Array.from({ length: 30 }, (_, i) => `2026-09-${String(i + 1).padStart(2, "0")}`).filter(
  (d) => new Date(`${d}T00:00:00Z`).getUTCDay() !== 0
)

/** A small register built over the API as production would: a group, three artisans, two priced tasks. */
export async function buildWorld(api: AxiosInstance, production: Headers, finance: Headers): Promise<World> {
  const group = await api.post(
    "/admin/artisan-groups",
    { name: "Payroll Test Unit", handle: "payroll-test-unit", city: "Kolkata", kind: "unit" },
    { headers: production }
  )
  const groupId = group.data.artisan_group.id
  const artisan = async (code: string, extra: Record<string, unknown>) =>
    (
      await api.post(
        "/admin/artisans",
        { group_id: groupId, code, legal_name: `Person ${code}`, ...extra },
        { headers: production }
      )
    ).data.artisan.id as string
  const skilled = await artisan("PAY-001", {
    skill_grade: "skilled",
    employment_kind: "employee",
    epf_enrolled: true,
    esi_enrolled: true,
    segments: [{ hire_date: "2019-04-01" }],
  })
  const unskilled = await artisan("PAY-002", { skill_grade: "unskilled", employment_kind: "employee", segments: [{ hire_date: "2025-01-06" }] })
  const trainee = await artisan("PAY-003", { skill_grade: "unskilled", employment_kind: "trainee", training_start: "2026-08-01" })
  const task = async (code: string, rate: number, minutes: number) =>
    (await api.post("/admin/tasks", { code, name: code, rates: [{ effective_from: "2026-01-01", rate_paise: rate, standard_minutes: minutes }] }, { headers: production }))
      .data.task.id as string
  const stitch = await task("PAY-STITCH", 9000, 60)
  const hem = await task("PAY-HEM", 1500, 20)
  // finance raises the stitching rate from 15 September
  await api.post(`/admin/tasks/${stitch}/rates`, { effective_from: "2026-09-15", rate_paise: 9500, standard_minutes: 60 }, { headers: finance })
  return { groupId, artisans: { skilled, unskilled, trainee }, tasks: { stitch, hem } }
}

/** A month of sheets: the skilled artisan stitches, the unskilled one hems slowly, the trainee practises. */
export async function recordSeptember(api: AxiosInstance, production: Headers, world: World): Promise<void> {
  for (const [i, day] of SEPTEMBER_WORKDAYS.entries()) {
    const rows = [
      { artisan_id: world.artisans.skilled, task_id: world.tasks.stitch, work_date: day, quantity_accepted: 7 + (i % 3), quantity_rejected: i % 2, hours: i % 5 === 0 ? 9.5 : 8 },
      { artisan_id: world.artisans.unskilled, task_id: world.tasks.hem, work_date: day, quantity_accepted: 12, quantity_rejected: 0, hours: 8 },
      { artisan_id: world.artisans.trainee, task_id: world.tasks.hem, work_date: day, quantity_accepted: 4, quantity_rejected: 2, hours: 6 },
    ]
    await api.post("/admin/output/batches", { idempotency_key: `september-${day}`, group_id: world.groupId, rows }, { headers: production })
  }
}

/** Polls a run, as the admin does, until `settled` says the background computation is over. */
export async function waitForRun(
  api: AxiosInstance,
  finance: Headers,
  id: string,
  settled: (run: { status: string; compute_error: string | null }) => boolean
) {
  for (let i = 0; i < 200; i++) {
    const { data } = await api.get(`/admin/pay-runs/${id}`, { headers: finance })
    if (settled(data.pay_run)) return data.pay_run
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`pay run ${id} did not finish computing`)
}

export const waitForDraft = (api: AxiosInstance, finance: Headers, id: string) =>
  waitForRun(api, finance, id, (run) => run.status !== "computing")
