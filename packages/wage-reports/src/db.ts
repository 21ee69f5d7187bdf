import { drizzle, NodePgDatabase } from "drizzle-orm/node-postgres"
import type { Pool } from "pg"
import * as schema from "./schema"

export type ReportsDb = NodePgDatabase<typeof schema>

/** Wraps a pg pool; the reports only ever read. */
export function reportsDb(pool: Pool): ReportsDb {
  return drizzle(pool, { schema })
}
