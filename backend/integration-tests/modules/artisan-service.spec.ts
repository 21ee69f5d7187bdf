import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { ARTISAN_MODULE } from "../../src/modules/artisan"
import type ArtisanModuleService from "../../src/modules/artisan/service"

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)

moduleIntegrationTestRunner<ArtisanModuleService>({
  moduleName: ARTISAN_MODULE,
  resolve: "./src/modules/artisan",
  testSuite: ({ service }) => {
    async function aGroupWithAnArtisan() {
      const [group] = await service.createArtisanGroups([{ name: "Kantha unit", handle: "kantha-unit", city: "Kolkata", kind: "unit" }])
      const [artisan] = await service.createArtisans([
        { group_id: group.id, code: "T-001", legal_name: "Test Person", skill_grade: "skilled", employment_kind: "employee" },
      ])
      return { group, artisan }
    }

    it("keeps an artisan with her group, service periods and consents", async () => {
      const { group, artisan } = await aGroupWithAnArtisan()
      await service.createServiceSegments([{ artisan_id: artisan.id, hire_date: day("2020-01-06") }])
      await service.createPublicConsents([
        { artisan_id: artisan.id, display_name: "Rupa", signed_on: day("2025-01-01"), expires_on: day("2027-12-31") },
      ])
      const loaded = await service.retrieveArtisan(artisan.id, { relations: ["group", "segments", "consents"] })
      expect(loaded.group.id).toBe(group.id)
      expect(loaded.segments).toHaveLength(1)
      expect(loaded.consents[0].display_name).toBe("Rupa")
      expect(loaded.epf_enrolled).toBe(false)
    })

    it("refuses two artisans with the same code", async () => {
      const { group } = await aGroupWithAnArtisan()
      await expect(
        service.createArtisans([
          { group_id: group.id, code: "T-001", legal_name: "Someone Else", skill_grade: "unskilled", employment_kind: "trainee" },
        ])
      ).rejects.toThrow()
    })

    it("refuses a skill grade outside the four the law names", async () => {
      const { group } = await aGroupWithAnArtisan()
      await expect(
        service.createArtisans([
          // @ts-expect-error the database check is the last line of defence
          { group_id: group.id, code: "T-002", legal_name: "X Y", skill_grade: "expert", employment_kind: "employee" },
        ])
      ).rejects.toThrow()
    })

    it("records an idempotency key once only", async () => {
      const { artisan } = await aGroupWithAnArtisan()
      const [task] = await service.createTasks([{ code: "STITCH", name: "Stitching" }])
      const record = {
        artisan_id: artisan.id,
        task_id: task.id,
        work_date: day("2026-10-05"),
        quantity_accepted: 3,
        minutes_worked: 480,
        recorded_by: "user_1",
        idempotency_key: "sheet-1#0",
      }
      await service.createOutputRecords([record])
      await expect(service.createOutputRecords([record])).rejects.toThrow()
      expect(await service.listOutputRecords({ idempotency_key: "sheet-1#0" })).toHaveLength(1)
    })

    it("allows only one piece rate per task per starting day", async () => {
      const [task] = await service.createTasks([{ code: "HEM", name: "Hemming" }])
      await service.createPieceRates([{ task_id: task.id, effective_from: day("2026-04-01"), rate_paise: 1500, standard_minutes: 20 }])
      await expect(
        service.createPieceRates([{ task_id: task.id, effective_from: day("2026-04-01"), rate_paise: 1600, standard_minutes: 20 }])
      ).rejects.toThrow()
    })
  },
})
