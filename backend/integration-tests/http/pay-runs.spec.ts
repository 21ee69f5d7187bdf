import { spawn } from "node:child_process"
import { join } from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { computePayslip, WEST_BENGAL_2025, type OutputLine } from "@mukti/wages"
import { ARTISAN_MODULE } from "../../src/modules/artisan"
import type ArtisanModuleService from "../../src/modules/artisan/service"
import { seedRuleSet } from "../../src/scripts/seed/payroll"
import { seedAdminUsers } from "../../src/scripts/seed/users"
import { anyStatus, signInAll } from "../helpers/admin"
import { buildWorld, recordSeptember, SEPTEMBER_WORKDAYS, waitForDraft, waitForRun, World } from "../helpers/payroll-world"

const SEPTEMBER = { period_start: "2026-09-01", period_end: "2026-09-30" }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConfig }) => {
    let headers: Awaited<ReturnType<typeof signInAll>>
    let world: World

    beforeAll(async () => {
      const ctx = { container: getContainer(), log: () => {}, created: {} }
      await seedAdminUsers(ctx)
      await seedRuleSet(ctx)
      headers = await signInAll(api)
      world = await buildWorld(api, headers.production, headers.finance)
      await recordSeptember(api, headers.production, world)
    })

    async function draftFor(period: { period_start: string; period_end: string }) {
      const created = await api.post("/admin/pay-runs", period, { headers: headers.finance })
      expect(created.status).toBe(202)
      return waitForDraft(api, headers.finance, created.data.pay_run.id)
    }

    it("computes a draft whose payslip matches the wage engine line for line", async () => {
      const run = await draftFor(SEPTEMBER)
      expect(run).toMatchObject({ status: "draft", progress: 100, artisans_total: 3 })
      expect(run.payslips).toHaveLength(3)
      const { data } = await api.get(`/admin/pay-runs/${run.id}/payslips/${world.artisans.skilled}`, { headers: headers.finance })
      const output: OutputLine[] = SEPTEMBER_WORKDAYS.map((day, i) => ({
        work_date: day,
        task: "PAY-STITCH",
        quantity_accepted: 7 + (i % 3),
        rate_paise: day >= "2026-09-15" ? 9500 : 9000,
        minutes_worked: i % 5 === 0 ? 570 : 480,
      }))
      const expected = computePayslip(
        {
          period: { start: "2026-09-01", end: "2026-09-30" },
          skill_grade: "skilled",
          employment_kind: "employee",
          enrolments: { epf: true, esi: true },
          output,
          attendance: { paid_leave_days: 0, holidays: 0 },
        },
        WEST_BENGAL_2025
      )
      expect(data.payslip.lines).toEqual(expected.lines.map(({ code, kind, label, amount, basis }) => ({ code, kind, label, amount_paise: amount, basis })))
      expect(data.payslip.net_paise).toBe(expected.net)
      expect(data.payslip.lines.find((l: { code: string }) => l.code === "overtime_premium")).toBeDefined()
      const trainee = await api.get(`/admin/pay-runs/${run.id}/payslips/${world.artisans.trainee}`, { headers: headers.finance })
      expect(trainee.data.payslip.lines.map((l: { code: string }) => l.code)).toEqual(["stipend"])
    })

    it("refuses a period that overlaps a live run, or that runs backwards, and changes nothing", async () => {
      await draftFor(SEPTEMBER)
      const overlap = await api.post("/admin/pay-runs", { period_start: "2026-09-20", period_end: "2026-10-10" }, { headers: headers.finance, ...anyStatus })
      expect(overlap.status).toBe(400)
      expect(overlap.data.message).toMatch(/overlaps the draft pay run for 2026-09-01 to 2026-09-30/)
      const backwards = await api.post("/admin/pay-runs", { period_start: "2026-10-10", period_end: "2026-10-01" }, { headers: headers.finance, ...anyStatus })
      expect(backwards.status).toBe(400)
      const { data } = await api.get("/admin/pay-runs", { headers: headers.finance })
      expect(data.count).toBe(1)
    })

    it("approves exactly once when two approvals arrive together, twenty times over", async () => {
      for (const day of SEPTEMBER_WORKDAYS.slice(0, 20)) {
        const run = await draftFor({ period_start: day, period_end: day })
        const results = await Promise.all([
          api.post(`/admin/pay-runs/${run.id}/approve`, { inputs_hash: run.inputs_hash }, { headers: headers.finance, ...anyStatus }),
          api.post(`/admin/pay-runs/${run.id}/approve`, { inputs_hash: run.inputs_hash }, { headers: headers.owner, ...anyStatus }),
        ])
        expect(results.map((r) => r.status).sort(), day).toEqual([200, 409])
        expect(results.find((r) => r.status === 409)!.data.message).toMatch(/already approved/)
      }
      const service: ArtisanModuleService = getContainer().resolve(ARTISAN_MODULE)
      const locked = await service.listOutputRecords({ locked_at: { $ne: null } }, { select: ["id", "pay_run_id"] })
      expect(locked).toHaveLength(20 * 3)
    })

    it("refuses approval when the output changed after review, says what changed, and approves after a recompute", async () => {
      const run = await draftFor(SEPTEMBER)
      const { data } = await api.get(`/admin/output?artisan_id=${world.artisans.unskilled}&from=2026-09-10&to=2026-09-10`, { headers: headers.finance })
      await api.post(`/admin/output/${data.output_records[0].id}/corrections`, { quantity_accepted: 14, reason: "Two bundles were missed" }, { headers: headers.production })
      const stale = await api.post(`/admin/pay-runs/${run.id}/approve`, { inputs_hash: run.inputs_hash }, { headers: headers.finance, ...anyStatus })
      expect(stale.status).toBe(409)
      expect(stale.data.message).toBe("Since this draft was computed, its output changed; recompute it and review it again.")
      await api.post(`/admin/pay-runs/${run.id}/recompute`, {}, { headers: headers.finance })
      const fresh = await waitForDraft(api, headers.finance, run.id)
      expect(fresh.inputs_hash).not.toBe(run.inputs_hash)
      const approved = await api.post(`/admin/pay-runs/${run.id}/approve`, { inputs_hash: fresh.inputs_hash }, { headers: headers.finance })
      expect(approved.data.pay_run.status).toBe("approved")
      const again = await api.post(`/admin/pay-runs/${run.id}/recompute`, {}, { headers: headers.finance, ...anyStatus })
      expect(again.status).toBe(400)
    })

    it("locks approved output, carries an adjustment into the next run as its own line, and records payment", async () => {
      const run = await draftFor(SEPTEMBER)
      await api.post(`/admin/pay-runs/${run.id}/approve`, { inputs_hash: run.inputs_hash }, { headers: headers.finance })
      const { data } = await api.get(`/admin/output?artisan_id=${world.artisans.skilled}&from=2026-09-02&to=2026-09-02`, { headers: headers.finance })
      const correction = await api.post(`/admin/output/${data.output_records[0].id}/corrections`, { quantity_accepted: 1, reason: "Recount" }, { headers: headers.production, ...anyStatus })
      expect(correction.status).toBe(400)
      expect(correction.data.message).toMatch(/approved pay run/)
      const late = await api.post(
        "/admin/output/batches",
        { idempotency_key: "late-september-sheet", rows: [{ artisan_id: world.artisans.unskilled, task_id: world.tasks.stitch, work_date: "2026-09-30", quantity_accepted: 1, hours: 1 }] },
        { headers: headers.production, ...anyStatus }
      )
      expect(late.status).toBe(400)
      expect(late.data.errors[0].reason).toMatch(/approved pay run/)

      const slip = run.payslips.find((p: { artisan_id: string }) => p.artisan_id === world.artisans.skilled)
      const draftSlip = await api.post("/admin/adjustments", { corrects_payslip_id: slip.id, amount_paise: 0, reason: "nothing" }, { headers: headers.finance, ...anyStatus })
      expect(draftSlip.status).toBe(400)
      const adjustment = await api.post(
        "/admin/adjustments",
        { corrects_payslip_id: slip.id, amount_paise: 50000, reason: "Stitching on 2 Sept was under-counted" },
        { headers: headers.finance }
      )
      expect(adjustment.status).toBe(201)
      const october = await draftFor({ period_start: "2026-10-01", period_end: "2026-10-31" })
      const { data: next } = await api.get(`/admin/pay-runs/${october.id}/payslips/${world.artisans.skilled}`, { headers: headers.finance })
      expect(next.payslip.lines.find((l: { code: string }) => l.code === "adjustment")).toEqual({
        code: "adjustment",
        kind: "adjustment",
        label: "Arrears",
        amount_paise: 50000,
        basis: `correction of payslip ${slip.id}: Stitching on 2 Sept was under-counted`,
      })

      // approving the run that paid it settles the adjustment, so no later run pays it again
      await api.post(`/admin/pay-runs/${october.id}/approve`, { inputs_hash: october.inputs_hash }, { headers: headers.finance })
      const service: ArtisanModuleService = getContainer().resolve(ARTISAN_MODULE)
      const [settled] = await service.listAdjustments({ id: adjustment.data.adjustment.id })
      expect(settled.settled_pay_run_id).toBe(october.id)
      const november = await draftFor({ period_start: "2026-11-01", period_end: "2026-11-30" })
      expect(november.payslips.find((p: { artisan_id: string }) => p.artisan_id === world.artisans.skilled)).toBeUndefined()

      const paid = await api.post(`/admin/pay-runs/${run.id}/payments`, { reference: "NEFT-SEPT-2026", method: "bank_transfer", paid_on: "2026-10-05" }, { headers: headers.finance })
      expect(paid.data.payments).toHaveLength(3)
      const after = await api.get(`/admin/pay-runs/${run.id}`, { headers: headers.finance })
      expect(after.data.pay_run.status).toBe("paid")
      expect(after.data.pay_run.payslips.every((p: { paid: boolean }) => p.paid)).toBe(true)
    })

    it("exports the register with a column per line code and a totals row, and a fair-wage summary", async () => {
      const run = await draftFor(SEPTEMBER)
      const csv = await api.get(`/admin/pay-runs/${run.id}/register.csv`, { headers: headers.finance })
      expect(csv.headers["content-type"]).toMatch(/text\/csv/)
      const rows = (csv.data as string).trim().split("\n")
      expect(rows[0]).toMatch(/^artisan_code,group,hours,pieces,piece_earnings,/)
      expect(rows).toHaveLength(1 + 3 + 1)
      expect(rows.at(-1)).toMatch(/^TOTAL,/)
      const columns = rows[0].split(",")
      const net = (row: string) => row.split(",")
      const pieceColumn = columns.indexOf("piece_earnings")
      const total = rows.slice(1, -1).reduce((s, r) => s + Math.round(Number(net(r)[pieceColumn]) * 100), 0)
      expect(Math.round(Number(net(rows.at(-1)!)[pieceColumn]) * 100)).toBe(total)

      const { data } = await api.get(`/admin/pay-runs/${run.id}/fair-wage`, { headers: headers.finance })
      expect(data.fair_wage.artisans).toBe(3)
      expect(data.fair_wage.below_minimum_before_top_up).toBeGreaterThanOrEqual(1) // the slow hemmer
      expect(data.fair_wage.top_up_total_paise).toBeGreaterThan(0)
      expect(data.fair_wage.per_artisan[0]).toHaveProperty("living_hourly_paise")
    })

    it("reports tenure and retention, and shows an artisan's computed tenure", async () => {
      const { data } = await api.get("/admin/reports/tenure?as_of=2026-11-01", { headers: headers.finance })
      const skilled = data.artisans.find((a: { code: string }) => a.code === "PAY-001")
      expect(skilled).toMatchObject({ continuous_years: 8, gratuity_due: true })
      expect(data.retention.filter((r: { group_name: string }) => r.group_name === "Payroll Test Unit").map((r: { months: number }) => r.months)).toEqual([12, 24, 60])
      const artisan = await api.get(`/admin/artisans/${world.artisans.unskilled}`, { headers: headers.finance })
      expect(artisan.data.artisan.tenure.continuous_since).toBe("2025-01-06")
      const refused = await api.get("/admin/reports/tenure", { headers: headers.production, ...anyStatus })
      expect(refused.status).toBe(403)
    })

    it("leaves a consistent draft when the approving process is killed mid-transaction", async () => {
      const run = await draftFor(SEPTEMBER)
      const users = await api.get("/admin/team/roles", { headers: headers.finance })
      const exitSignal = await new Promise<NodeJS.Signals | null>((resolve) => {
        const child = spawn(
          join(__dirname, "..", "..", "..", "node_modules", ".bin", "medusa"),
          ["exec", "./src/scripts/approve-pay-run.ts", run.id, run.inputs_hash, users.data.me.id],
          {
            cwd: join(__dirname, "..", ".."),
            env: { ...process.env, DATABASE_URL: dbConfig.clientUrl, MUKTI_TEST_CRASH_DURING_APPROVAL: "true", MEDUSA_DISABLE_TELEMETRY: "true" },
            stdio: "ignore",
          }
        )
        child.on("exit", (_code, signal) => resolve(signal))
      })
      expect(exitSignal).toBe("SIGKILL")
      const service: ArtisanModuleService = getContainer().resolve(ARTISAN_MODULE)
      expect((await service.retrievePayRun(run.id)).status).toBe("draft")
      expect(await service.listOutputRecords({ locked_at: { $ne: null } }, { select: ["id"] })).toHaveLength(0)
      const approved = await api.post(`/admin/pay-runs/${run.id}/approve`, { inputs_hash: run.inputs_hash }, { headers: headers.finance })
      expect(approved.data.pay_run.status).toBe("approved")
    })

    it("pays recorded leave at average daily earnings, refuses leave that clashes, and freezes it once approved", async () => {
      const leaveOf = (artisan: string) => `/admin/artisans/${artisan}/leave`
      const unskilled = world.artisans.unskilled
      const october = ["2026-10-01", "2026-10-02", "2026-10-03"]
      await api.post(
        "/admin/output/batches",
        { idempotency_key: "october-start", rows: october.map((day) => ({ artisan_id: unskilled, task_id: world.tasks.hem, work_date: day, quantity_accepted: 12, hours: 8 })) },
        { headers: headers.production }
      )
      // 5 to 7 October are a Monday to Wednesday
      const recorded = await api.post(leaveOf(unskilled), { from: "2026-10-04", to: "2026-10-07", kind: "paid", note: "Sister's wedding" }, { headers: headers.production })
      expect(recorded.status).toBe(201)
      expect(recorded.data.leave.map((l: { leave_date: string }) => l.leave_date)).toEqual(["2026-10-05", "2026-10-06", "2026-10-07"])
      const unpaid = await api.post(leaveOf(unskilled), { from: "2026-10-08", to: "2026-10-08", kind: "unpaid" }, { headers: headers.production })
      expect(unpaid.status).toBe(201)

      const clash = await api.post(leaveOf(unskilled), { from: "2026-10-03", to: "2026-10-05", kind: "paid" }, { headers: headers.production, ...anyStatus })
      expect(clash.status).toBe(400)
      expect(clash.data.message).toBe(
        "Leave is already recorded for PAY-002 on 2026-10-05. PAY-002 has output recorded on 2026-10-03; correct that output first if she was away."
      )
      const backwards = await api.post(leaveOf(unskilled), { from: "2026-10-09", to: "2026-10-08", kind: "paid" }, { headers: headers.production, ...anyStatus })
      expect(backwards.status).toBe(400)
      expect(backwards.data.message).toMatch(/from cannot be after to/)
      const finance = await api.post(leaveOf(unskilled), { from: "2026-10-09", to: "2026-10-09", kind: "paid" }, { headers: headers.finance, ...anyStatus })
      expect(finance.status).toBe(403)
      const listed = await api.get(leaveOf(unskilled), { headers: headers.finance })
      expect(listed.data.leave.map((l: { leave_date: string; kind: string }) => `${l.leave_date} ${l.kind}`)).toEqual([
        "2026-10-08 unpaid",
        "2026-10-07 paid",
        "2026-10-06 paid",
        "2026-10-05 paid",
      ])

      // a month spent wholly on paid leave is still paid: 12 to 14 October are a Monday to Wednesday
      const away = world.artisans.skilled
      await api.post(leaveOf(away), { from: "2026-10-12", to: "2026-10-14", kind: "paid", note: "Surgery" }, { headers: headers.production })

      const run = await draftFor({ period_start: "2026-10-01", period_end: "2026-10-31" })
      const engine = (paidLeaveDays: number) =>
        computePayslip(
          {
            period: { start: "2026-10-01", end: "2026-10-31" },
            skill_grade: "unskilled",
            employment_kind: "employee",
            enrolments: { epf: false, esi: false },
            output: october.map((day) => ({ work_date: day, task: "PAY-HEM", quantity_accepted: 12, rate_paise: 1500, minutes_worked: 480 })),
            attendance: { paid_leave_days: paidLeaveDays, holidays: 0 },
          },
          WEST_BENGAL_2025
        )
      const slip = async (id: string) => (await api.get(`/admin/pay-runs/${id}/payslips/${unskilled}`, { headers: headers.finance })).data.payslip
      const drafted = await slip(run.id)
      expect(drafted.lines.find((l: { code: string }) => l.code === "leave_pay")).toBeDefined()
      expect(drafted.net_paise).toBe(engine(3).net)
      const wholeMonth = (await api.get(`/admin/pay-runs/${run.id}/payslips/${away}`, { headers: headers.finance })).data.payslip
      const onLeave = computePayslip(
        {
          period: { start: "2026-10-01", end: "2026-10-31" },
          skill_grade: "skilled",
          employment_kind: "employee",
          enrolments: { epf: true, esi: true },
          output: [],
          attendance: { paid_leave_days: 3, holidays: 0 },
        },
        WEST_BENGAL_2025
      )
      expect(wholeMonth.lines.map((l: { code: string }) => l.code)).toEqual(onLeave.lines.map((l) => l.code))
      const leavePay = onLeave.lines.find((l) => l.code === "leave_pay")!
      expect(leavePay.amount).toBeGreaterThan(0)
      expect(wholeMonth.lines.find((l: { code: string }) => l.code === "leave_pay")).toMatchObject({ amount_paise: leavePay.amount, basis: leavePay.basis })
      expect(wholeMonth.net_paise).toBe(onLeave.net)

      const sixth = listed.data.leave.find((l: { leave_date: string }) => l.leave_date === "2026-10-06")
      const cancelled = await api.post(`${leaveOf(unskilled)}/${sixth.id}/cancel`, {}, { headers: headers.production })
      expect(cancelled.data.leave.cancelled_at).not.toBeNull()
      const stale = await api.post(`/admin/pay-runs/${run.id}/approve`, { inputs_hash: run.inputs_hash }, { headers: headers.finance, ...anyStatus })
      expect(stale.status).toBe(409)
      expect(stale.data.message).toMatch(/paid leave/)
      await api.post(`/admin/pay-runs/${run.id}/recompute`, {}, { headers: headers.finance })
      const recomputed = await waitForDraft(api, headers.finance, run.id)
      expect((await slip(run.id)).net_paise).toBe(engine(2).net)
      const approved = await api.post(`/admin/pay-runs/${run.id}/approve`, { inputs_hash: recomputed.inputs_hash }, { headers: headers.finance })
      expect(approved.status).toBe(200)

      const seventh = listed.data.leave.find((l: { leave_date: string }) => l.leave_date === "2026-10-07")
      const frozen = await api.post(`${leaveOf(unskilled)}/${seventh.id}/cancel`, {}, { headers: headers.production, ...anyStatus })
      expect(frozen.status).toBe(400)
      expect(frozen.data.message).toBe("2026-10-07 is in the approved pay run for 2026-10-01 to 2026-10-31; ask finance for an adjustment instead.")
      const late = await api.post(leaveOf(unskilled), { from: "2026-10-09", to: "2026-10-09", kind: "paid" }, { headers: headers.production, ...anyStatus })
      expect(late.status).toBe(400)
      expect(late.data.message).toMatch(/approved pay run for 2026-10-01 to 2026-10-31/)
    })

    it("says why a computation stopped, and recomputes once the cause is gone", async () => {
      const run = await draftFor(SEPTEMBER)
      const service: ArtisanModuleService = getContainer().resolve(ARTISAN_MODULE)
      await service.softDeleteRuleSets([run.rule_set_id])
      await api.post(`/admin/pay-runs/${run.id}/recompute`, {}, { headers: headers.finance })
      const stopped = await waitForRun(api, headers.finance, run.id, (r) => r.compute_error !== null)
      expect(stopped.status).toBe("computing")
      expect(stopped.compute_error).toMatch(/^Computing stopped: .+ Recompute to try again\.$/)
      const approve = await api.post(`/admin/pay-runs/${run.id}/approve`, { inputs_hash: run.inputs_hash }, { headers: headers.finance, ...anyStatus })
      expect(approve.status).toBe(409)
      expect(approve.data.message).toMatch(/computing/)

      await service.restoreRuleSets([run.rule_set_id])
      await api.post(`/admin/pay-runs/${run.id}/recompute`, {}, { headers: headers.finance })
      const draft = await waitForDraft(api, headers.finance, run.id)
      expect(draft).toMatchObject({ status: "draft", compute_error: null, inputs_hash: run.inputs_hash })
    })

    it("cancels only drafts and refuses payroll to production", async () => {
      const run = await draftFor(SEPTEMBER)
      const refused = await api.post(`/admin/pay-runs/${run.id}/approve`, { inputs_hash: run.inputs_hash }, { headers: headers.production, ...anyStatus })
      expect(refused.status).toBe(403)
      const cancelled = await api.post(`/admin/pay-runs/${run.id}/cancel`, {}, { headers: headers.finance })
      expect(cancelled.data.pay_run.status).toBe("cancelled")
      const twice = await api.post(`/admin/pay-runs/${run.id}/cancel`, {}, { headers: headers.finance, ...anyStatus })
      expect(twice.status).toBe(400)
      const reopened = await api.post("/admin/pay-runs", SEPTEMBER, { headers: headers.finance })
      expect(reopened.status).toBe(202)
    })
  },
})
