import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ADMIN_POLICY } from "../../src/api/access/policy"
import { ARTISAN_MODULE } from "../../src/modules/artisan"
import type ArtisanModuleService from "../../src/modules/artisan/service"
import { seedDemo } from "../../src/scripts/seed/index"
import { anyStatus, RoleName, signInAll } from "../helpers/admin"
import { loadFixtures } from "../helpers/fixtures"
import { discoverRoutes } from "../helpers/route-files"
import { privacyCrawl } from "./privacy-crawl"

// A past working day after the seeded output ends, so sheets for it are new.
const WORK_DATE = "2026-11-20"
const ROLES: RoleName[] = ["owner", "production", "finance"]
const ARTISAN_AREAS = /^\/admin\/(artisan-groups|artisans|tasks|output|products\/:id\/makers|team|pay-runs|adjustments|rule-sets|reports)/

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: Awaited<ReturnType<typeof signInAll>>
    let fx: Awaited<ReturnType<typeof loadFixtures>>
    let publishableKey: string

    beforeAll(async () => {
      publishableKey = (await seedDemo(getContainer())).publishableKey
      fx = await loadFixtures(getContainer(), WORK_DATE)
      headers = await signInAll(api)
    })

    const sheet = (key: string, rows = fx.activeArtisans.slice(0, 3)) => ({
      idempotency_key: key,
      group_id: fx.group.id,
      rows: rows.map((a, i) => ({
        artisan_id: a.id,
        task_id: fx.tasks[i % fx.tasks.length].id,
        work_date: WORK_DATE,
        quantity_accepted: 4 + i,
        quantity_rejected: i % 2,
        hours: 7.5,
      })),
    })

    describe("roles", () => {
      it("has a policy for every artisan admin route the router serves", () => {
        const served = discoverRoutes("admin").filter((r) => ARTISAN_AREAS.test(r.path))
        const policed = new Set(ADMIN_POLICY.map((p) => `${p.method} ${p.path}`))
        expect(served.length).toBeGreaterThan(20)
        expect(served.map((r) => `${r.method} ${r.path}`).filter((r) => !policed.has(r))).toEqual([])
      })

      it("refuses every role not named in a route's policy with a 403 that says why, and lets the others through", async () => {
        const params: Record<string, string> = {
          id: "",
          segmentId: fx.withSegment.segments[0].id,
          consentId: fx.consent.id,
          userId: fx.productionUser.id,
        }
        const idFor = (path: string) =>
          path.startsWith("/admin/artisan-groups") ? fx.group.id
          : path.startsWith("/admin/artisans/:id/segments") ? fx.withSegment.id
          : path.startsWith("/admin/artisans/:id/consents") ? fx.withConsent.id
          : path.startsWith("/admin/artisans") ? fx.withSegment.id
          : path.startsWith("/admin/tasks") ? fx.tasks[0].id
          : path.startsWith("/admin/output") ? fx.output.id
          : fx.products[0].id
        const outcomes: string[] = []
        for (const policy of ADMIN_POLICY) {
          const url = policy.path.replace(/:(\w+)/g, (_, name) => (name === "id" ? idFor(policy.path) : params[name]))
          for (const role of ROLES) {
            const response =
              policy.method === "GET"
                ? await api.get(url, { headers: headers[role], ...anyStatus })
                : await api.post(url, {}, { headers: headers[role], ...anyStatus })
            const allowed = policy.roles.includes(role)
            outcomes.push(`${role} ${policy.method} ${policy.path} -> ${response.status}`)
            if (allowed) expect(response.status, outcomes.at(-1)).not.toBe(403)
            else {
              expect(response.status, outcomes.at(-1)).toBe(403)
              expect(response.data.message).toMatch(/^Only .+ staff may .+; you have /)
            }
          }
        }
        console.log(`Role checks:\n  ${outcomes.join("\n  ")}`)
      })

      it("refuses a signed-out caller on every artisan route", async () => {
        for (const policy of ADMIN_POLICY.filter((p) => !p.path.includes(":"))) {
          const response = await api.request({ method: policy.method, url: policy.path, data: {}, ...anyStatus })
          expect(response.status, policy.path).toBe(401)
        }
      })

      it("lets only an owner change roles, also through Medusa's own user route", async () => {
        const url = `/admin/team/${fx.productionUser.id}/roles`
        const byOwner = await api.post(url, { roles: ["production", "finance"] }, { headers: headers.owner })
        expect(byOwner.data.user.roles).toEqual(["production", "finance"])
        const sneaky = await api.post(
          `/admin/users/${fx.productionUser.id}`,
          { metadata: { roles: ["owner"] } },
          { headers: headers.production, ...anyStatus }
        )
        expect(sneaky.status).toBe(403)
        const team = await api.get("/admin/team/roles", { headers: headers.production })
        expect(team.data.users.find((u: { id: string }) => u.id === fx.productionUser.id).roles).toEqual(["production", "finance"])
      })
    })

    describe("the register", () => {
      it("creates, finds and updates a group, refusing a bad body without changing anything", async () => {
        const bad = await api.post("/admin/artisan-groups", { name: "A", handle: "Not A Handle", kind: "shop" }, { headers: headers.production, ...anyStatus })
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/Invalid request/)
        const created = await api.post(
          "/admin/artisan-groups",
          { name: "Howrah Cooperative", handle: "howrah-cooperative", city: "Howrah", kind: "cooperative", founded_on: "2019-03-08" },
          { headers: headers.production }
        )
        expect(created.status).toBe(201)
        const duplicate = await api.post(
          "/admin/artisan-groups",
          { name: "Again", handle: "howrah-cooperative", city: "Howrah", kind: "unit" },
          { headers: headers.owner, ...anyStatus }
        )
        expect(duplicate.status).toBe(400)
        const found = await api.get("/admin/artisan-groups?kind=cooperative&limit=10", { headers: headers.finance })
        expect(found.data.artisan_groups.map((g: { handle: string }) => g.handle)).toContain("howrah-cooperative")
        const id = created.data.artisan_group.id
        const updated = await api.post(`/admin/artisan-groups/${id}`, { is_public: true }, { headers: headers.owner })
        expect(updated.data.artisan_group.is_public).toBe(true)
      })

      it("adds an artisan with her service history and shows private fields only to the register keepers", async () => {
        const body = {
          group_id: fx.group.id,
          code: "TEST-900",
          legal_name: "Private Testname",
          personal_details: { phone: "+91 90000 00000", address: "Somewhere private" },
          skill_grade: "semi_skilled",
          employment_kind: "employee",
          epf_enrolled: true,
          freedom_date: "2019-05-01",
          segments: [{ hire_date: "2020-02-03", exit_date: "2021-06-30", exit_reason: "resignation" }, { hire_date: "2022-01-10" }],
        }
        const created = await api.post("/admin/artisans", body, { headers: headers.production })
        expect(created.status).toBe(201)
        const id = created.data.artisan.id
        expect(created.data.artisan.segments).toHaveLength(2)
        const asFinance = await api.get(`/admin/artisans/${id}`, { headers: headers.finance })
        expect(asFinance.data.artisan.code).toBe("TEST-900")
        expect(JSON.stringify(asFinance.data)).not.toMatch(/Private Testname|Somewhere private|90000/)
        const asProduction = await api.get(`/admin/artisans/${id}`, { headers: headers.production })
        expect(asProduction.data.artisan.legal_name).toBe("Private Testname")
        const financeSearch = await api.get("/admin/artisans?q=Testname", { headers: headers.finance })
        expect(financeSearch.data.count).toBe(0)
        const productionSearch = await api.get("/admin/artisans?q=Testname", { headers: headers.production })
        expect(productionSearch.data.count).toBe(1)

        const overlap = await api.post(`/admin/artisans/${id}/segments`, { hire_date: "2023-01-01" }, { headers: headers.production, ...anyStatus })
        expect(overlap.status).toBe(400)
        expect(overlap.data.message).toMatch(/overlaps/)
        const open = asProduction.data.artisan.segments.find((s: { exit_date: string | null }) => !s.exit_date)
        const closed = await api.post(
          `/admin/artisans/${id}/segments/${open.id}`,
          { exit_date: "2026-06-30", exit_reason: "resignation" },
          { headers: headers.production }
        )
        expect(closed.data.segment.exit_reason).toBe("resignation")
        const badUpdate = await api.post(`/admin/artisans/${id}`, { skill_grade: "expert" }, { headers: headers.owner, ...anyStatus })
        expect(badUpdate.status).toBe(400)
        const inactive = await api.get(`/admin/artisans?active=false&group_id=${fx.group.id}&limit=200`, { headers: headers.finance })
        expect(inactive.data.artisans.map((a: { code: string }) => a.code)).toContain("TEST-900")
      })

      it("records consent within three years and withdraws it", async () => {
        const artisan = fx.activeArtisans[0]
        const tooLong = await api.post(
          `/admin/artisans/${artisan.id}/consents`,
          { display_name: "Mira", photo_allowed: false, signed_on: "2026-01-01", expires_on: "2029-01-02" },
          { headers: headers.production, ...anyStatus }
        )
        expect(tooLong.status).toBe(400)
        expect(tooLong.data.message).toMatch(/at most 3 years/)
        const ok = await api.post(
          `/admin/artisans/${artisan.id}/consents`,
          { display_name: "Mira", photo_allowed: false, signed_on: "2026-01-01", expires_on: "2029-01-01" },
          { headers: headers.production }
        )
        expect(ok.status).toBe(201)
        const withdrawn = await api.post(`/admin/artisans/${artisan.id}/consents/${ok.data.consent.id}/withdraw`, {}, { headers: headers.production })
        expect(withdrawn.data.consent.withdrawn_on).toBeTruthy()
        const again = await api.post(`/admin/artisans/${artisan.id}/consents/${ok.data.consent.id}/withdraw`, {}, { headers: headers.production, ...anyStatus })
        expect(again.status).toBe(400)
      })

      it("creates tasks, lets finance add a rate from a date and refuses a second rate on the same day", async () => {
        const created = await api.post(
          "/admin/tasks",
          { code: "TEST-TASK", name: "Test stitching", rates: [{ effective_from: "2026-01-01", rate_paise: 4500, standard_minutes: 60 }] },
          { headers: headers.production }
        )
        expect(created.status).toBe(201)
        const id = created.data.task.id
        const floatRate = await api.post(`/admin/tasks/${id}/rates`, { effective_from: "2026-12-01", rate_paise: 45.5, standard_minutes: 60 }, { headers: headers.finance, ...anyStatus })
        expect(floatRate.status).toBe(400)
        const rate = await api.post(`/admin/tasks/${id}/rates`, { effective_from: "2026-12-01", rate_paise: 4800, standard_minutes: 60 }, { headers: headers.finance })
        expect(rate.status).toBe(201)
        const same = await api.post(`/admin/tasks/${id}/rates`, { effective_from: "2026-12-01", rate_paise: 4900, standard_minutes: 60 }, { headers: headers.finance, ...anyStatus })
        expect(same.status).toBe(400)
        const listed = await api.get("/admin/tasks?q=TEST-TASK", { headers: headers.finance })
        expect(listed.data.tasks[0].rates).toHaveLength(2)
        const renamed = await api.post(`/admin/tasks/${id}`, { name: "Test hemming" }, { headers: headers.production })
        expect(renamed.data.task.name).toBe("Test hemming")
      })

      it("sets a product's makers only when the shares add up to 100", async () => {
        const product = fx.products[0]
        const [a, b] = fx.groups
        const wrong = await api.post(
          `/admin/products/${product.id}/makers`,
          { shares: [{ artisan_group_id: a.id, share_percent: 60 }, { artisan_group_id: b.id, share_percent: 30 }] },
          { headers: headers.production, ...anyStatus }
        )
        expect(wrong.status).toBe(400)
        expect(wrong.data.message).toMatch(/add up to 100/)
        const unknown = await api.post(
          `/admin/products/${product.id}/makers`,
          { shares: [{ artisan_group_id: "agrp_missing", share_percent: 100 }] },
          { headers: headers.production, ...anyStatus }
        )
        expect(unknown.status).toBe(400)
        const set = await api.post(
          `/admin/products/${product.id}/makers`,
          { shares: [{ artisan_group_id: a.id, share_percent: 60 }, { artisan_group_id: b.id, share_percent: 40 }] },
          { headers: headers.production }
        )
        expect(set.data.makers.map((m: { share_percent: number }) => m.share_percent).sort()).toEqual([40, 60])
        const read = await api.get(`/admin/products/${product.id}/makers`, { headers: headers.finance })
        expect(read.data.makers).toHaveLength(2)
      })
    })

    describe("output", () => {
      it("records a day's sheet all at once and lists it", async () => {
        const response = await api.post("/admin/output/batches", sheet("sheet-one-2026-11-20"), { headers: headers.production })
        expect(response.status).toBe(201)
        expect(response.data.output_records).toHaveLength(3)
        expect(response.data.output_records[0].hours).toBe(7.5)
        const listed = await api.get(`/admin/output?from=${WORK_DATE}&to=${WORK_DATE}&group_id=${fx.group.id}`, { headers: headers.finance })
        expect(listed.data.count).toBe(3)
      })

      it("records nothing when any row is bad, and reports each bad row by index", async () => {
        const body = sheet("sheet-bad-rows")
        body.rows[1].work_date = "2099-01-01"
        ;(body.rows[2] as { hours: unknown }).hours = "eight"
        const shape = await api.post("/admin/output/batches", body, { headers: headers.production, ...anyStatus })
        expect(shape.status).toBe(400)
        expect(shape.data.errors).toEqual([{ index: 2, reason: expect.stringMatching(/^hours: /) }])
        body.rows[2].hours = 8
        if (fx.outsider) body.rows.push({ ...body.rows[0], artisan_id: fx.outsider.id })
        const rules = await api.post("/admin/output/batches", body, { headers: headers.production, ...anyStatus })
        expect(rules.status).toBe(400)
        expect(rules.data.message).toMatch(/nothing was saved/)
        expect(rules.data.errors[0]).toEqual({ index: 1, reason: expect.stringMatching(/in the future/) })
        if (fx.outsider) expect(rules.data.errors.at(-1).reason).toMatch(/does not belong to this group/)
        const listed = await api.get(`/admin/output?from=${WORK_DATE}&to=${WORK_DATE}`, { headers: headers.finance })
        expect(listed.data.count).toBe(0)
      })

      it("records a sheet sent twice, or twice at the same moment, only once", async () => {
        const first = await api.post("/admin/output/batches", sheet("sheet-twice"), { headers: headers.production })
        const again = await api.post("/admin/output/batches", sheet("sheet-twice"), { headers: headers.production })
        expect([first.status, again.status]).toEqual([201, 200])
        expect(again.data.replayed).toBe(true)
        const rows = fx.activeArtisans.slice(3, 6)
        const both = await Promise.all([
          api.post("/admin/output/batches", sheet("sheet-race", rows), { headers: headers.production }),
          api.post("/admin/output/batches", sheet("sheet-race", rows), { headers: headers.owner }),
        ])
        expect(both.map((r) => r.status).sort()).toEqual([200, 201])
        const listed = await api.get(`/admin/output?from=${WORK_DATE}&to=${WORK_DATE}&limit=100`, { headers: headers.finance })
        expect(listed.data.count).toBe(6)
        const sameRowsNewKey = await api.post("/admin/output/batches", sheet("sheet-other-key", rows), { headers: headers.production, ...anyStatus })
        expect(sameRowsNewKey.status).toBe(400)
        expect(sameRowsNewKey.data.errors[0].reason).toMatch(/Already recorded/)
      })

      it("corrects a record with a new one that points at it, never editing the original", async () => {
        const { data } = await api.post("/admin/output/batches", sheet("sheet-to-correct"), { headers: headers.production })
        const original = data.output_records[0]
        const noReason = await api.post(`/admin/output/${original.id}/corrections`, { quantity_accepted: 9 }, { headers: headers.production, ...anyStatus })
        expect(noReason.status).toBe(400)
        const fixed = await api.post(
          `/admin/output/${original.id}/corrections`,
          { quantity_accepted: 9, reason: "Counted the wrong bundle" },
          { headers: headers.production }
        )
        expect(fixed.status).toBe(201)
        expect(fixed.data.output_record).toMatchObject({ corrects_id: original.id, quantity_accepted: 9, correction_reason: "Counted the wrong bundle" })
        const twice = await api.post(`/admin/output/${original.id}/corrections`, { quantity_accepted: 8, reason: "Again" }, { headers: headers.production, ...anyStatus })
        expect(twice.status).toBe(400)
        const listed = await api.get(`/admin/output?artisan_id=${original.artisan.id}&from=${WORK_DATE}`, { headers: headers.finance })
        const kept = listed.data.output_records.find((r: { id: string }) => r.id === original.id)
        expect(kept).toMatchObject({ quantity_accepted: original.quantity_accepted, corrected_by: fixed.data.output_record.id })
        const service: ArtisanModuleService = getContainer().resolve(ARTISAN_MODULE)
        await service.updateOutputRecords({ id: fixed.data.output_record.id, locked_at: new Date() })
        const locked = await api.post(`/admin/output/${fixed.data.output_record.id}/corrections`, { quantity_accepted: 7, reason: "Late find" }, { headers: headers.production, ...anyStatus })
        expect(locked.status).toBe(400)
        expect(locked.data.message).toMatch(/approved pay run/)
      })
    })

    describe("privacy", () => {
      it("shows nothing private on any store route, and only makers with a current consent", async () => {
        const report = await privacyCrawl(api, getContainer(), publishableKey)
        console.log(`Privacy crawl of ${report.crawled.length} store requests:\n  ${report.crawled.join("\n  ")}`)
        expect(report.routes.length).toBeGreaterThanOrEqual(4)
        expect(report.leaks).toEqual([])
        expect(report.consentedNamesSeen).toBeGreaterThan(0)
      })

      it("counts who is employed today and this year's hours of work in the public impact figures", async () => {
        const service: ArtisanModuleService = getContainer().resolve(ARTISAN_MODULE)
        const publicGroups = (await service.listArtisanGroups({ is_public: true })).map((g) => g.id)
        const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Kolkata" }).format(new Date())
        const iso = (d: Date | string | null) => (d ? new Date(d).toISOString().slice(0, 10) : null)
        const artisans = await service.listArtisans({ group_id: publicGroups }, { relations: ["segments"] })
        const employed = artisans.filter((a) => a.segments.some((s) => iso(s.hire_date)! <= today && (!s.exit_date || iso(s.exit_date)! >= today)))
        const records = await service.listOutputRecords(
          { artisan_id: artisans.map((a) => a.id), work_date: { $gte: new Date(`${today.slice(0, 4)}-01-01T00:00:00Z`) } },
          { select: ["id", "artisan_id", "minutes_worked", "corrects_id"], take: 100_000 }
        )
        const corrected = new Set(records.map((r) => r.corrects_id).filter(Boolean))
        const groupOf = new Map(artisans.map((a) => [a.id, a.group_id]))
        const minutesByGroup = new Map<string, number>()
        for (const r of records.filter((r) => !corrected.has(r.id))) {
          const group = groupOf.get(r.artisan_id)!
          minutesByGroup.set(group, (minutesByGroup.get(group) ?? 0) + r.minutes_worked)
        }
        // the shop's total is the sum of the hours each maker page shows
        const hours = [...minutesByGroup.values()].reduce((sum, m) => sum + Math.round(m / 60), 0)
        expect(employed.length).toBeGreaterThan(0)
        expect(hours).toBeGreaterThan(0)

        const { data } = await api.get("/store/impact", { headers: { "x-publishable-api-key": publishableKey } })
        expect(data.impact).toEqual({ groups: publicGroups.length, artisans_employed: employed.length, hours_this_year: hours })
      })

      it("hides a maker on the very next request after her consent is withdrawn", async () => {
        const { consent, withConsent } = fx
        const group = fx.groups.find((g) => g.id === withConsent.group_id)!
        const storeHeaders = { "x-publishable-api-key": publishableKey }
        const before = await api.get(`/store/makers/${group.handle}`, { headers: storeHeaders })
        expect(before.data.maker.artisans.map((a: { display_name: string }) => a.display_name)).toContain(consent.display_name)
        await api.post(`/admin/artisans/${withConsent.id}/consents/${consent.id}/withdraw`, {}, { headers: headers.production })
        const after = await api.get(`/store/makers/${group.handle}`, { headers: storeHeaders })
        expect(after.data.maker.artisans.map((a: { display_name: string }) => a.display_name)).not.toContain(consent.display_name)
      })
    })
  },
})
