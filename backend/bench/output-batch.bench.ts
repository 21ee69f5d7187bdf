import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ARTISAN_MODULE } from "../src/modules/artisan"
import type ArtisanModuleService from "../src/modules/artisan/service"
import { seedDemo } from "../src/scripts/seed/index"
import { isoFromDate } from "../src/lib/dates"
import { isActiveOn } from "../src/lib/output-rules"
import { signIn } from "../integration-tests/helpers/admin"

const ROWS = 500
const RUNS = 5
const DATES = ["2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-06", "2026-11-07", "2026-11-09", "2026-11-10"]

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it(`records a ${ROWS}-row output sheet over HTTP`, async () => {
      await seedDemo(getContainer())
      const service: ArtisanModuleService = getContainer().resolve(ARTISAN_MODULE)
      const artisans = await service.listArtisans({}, { relations: ["segments"] })
      const tasks = await service.listTasks({ is_active: true }, { relations: ["rates"] })
      const rows = []
      for (const date of DATES) {
        for (const artisan of artisans.filter((a) => isActiveOn(a, date))) {
          for (const task of tasks.filter((t) => t.rates.some((r) => isoFromDate(r.effective_from) <= date))) {
            if (rows.length < ROWS) rows.push({ artisan_id: artisan.id, task_id: task.id, work_date: date, quantity_accepted: 5, hours: 2.5 })
          }
        }
      }
      if (rows.length < ROWS) throw new Error(`only ${rows.length} distinct rows could be built from the seed`)
      const headers = await signIn(api, "production")
      const times: number[] = []
      for (let run = 0; run < RUNS; run++) {
        const started = performance.now()
        const response = await api.post("/admin/output/batches", { idempotency_key: `bench-${run}-${Date.now()}`, rows }, { headers })
        times.push(performance.now() - started)
        if (response.status !== 201) throw new Error(`batch failed with ${response.status}`)
        await service.deleteOutputRecords(response.data.output_records.map((r: { id: string }) => r.id))
      }
      console.log(
        [
          `output batch: ${ROWS} rows, ${RUNS} runs`,
          `  times (ms): ${times.map((t) => t.toFixed(0)).join(", ")}`,
          `  median: ${median(times).toFixed(0)} ms  (${((ROWS / median(times)) * 1000).toFixed(0)} rows/s)`,
        ].join("\n")
      )
    })
  },
})
