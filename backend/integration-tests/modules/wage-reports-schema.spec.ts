import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { findSchemaDrift } from "@mukti/wage-reports"
import { Pool } from "pg"
import { ARTISAN_MODULE } from "../../src/modules/artisan"

// The report queries read the module's tables through a drizzle schema of
// their own; this runs the module's real migrations and compares the two.
moduleIntegrationTestRunner({
  moduleName: ARTISAN_MODULE,
  resolve: "./src/modules/artisan",
  testSuite: ({ dbConfig }) => {
    it("finds the drizzle schema and the migrated tables in agreement", async () => {
      const pool = new Pool({ connectionString: dbConfig.clientUrl })
      try {
        expect(await findSchemaDrift(pool)).toEqual([])
      } finally {
        await pool.end()
      }
    })

    it("would notice a column that drifted", async () => {
      const pool = new Pool({ connectionString: dbConfig.clientUrl })
      try {
        await pool.query("alter table artisan_payslip alter column living_hourly_paise set not null")
        await pool.query("alter table artisan_task add column colour text")
        expect(await findSchemaDrift(pool)).toEqual([
          "artisan_payslip.living_hourly_paise: drizzle says integer, the database has integer not null",
          "artisan_task.colour is in the database but not in the drizzle schema",
        ])
      } finally {
        await pool.end()
      }
    })
  },
})
