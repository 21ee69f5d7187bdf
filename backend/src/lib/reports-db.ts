import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { openReportsDb, ReportsDb } from "@mukti/wage-reports"

const opened = new Map<string, ReportsDb>()

/** The report queries' read-only pool, on the same database Medusa uses. */
export function reportsFor(container: MedusaContainer): ReportsDb {
  const url = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.databaseUrl!
  if (!opened.has(url)) opened.set(url, openReportsDb(url, { ssl: process.env.DATABASE_SSL === "true" }).db)
  return opened.get(url)!
}
