import { drizzle, NodePgDatabase } from "drizzle-orm/node-postgres"
import { Pool } from "pg"
import * as schema from "./schema"

export type ReportsDb = NodePgDatabase<typeof schema>

/** Wraps a pg pool; the reports only ever read. */
export function reportsDb(pool: Pool): ReportsDb {
  return drizzle(pool, { schema })
}

/**
 * Opens a small pool whose sessions are read-only, so a report can never
 * change the ledger it reads.
 */
export function openReportsDb(connectionString: string, options: { ssl?: boolean; max?: number } = {}) {
  const pool = new Pool({
    connectionString,
    max: options.max ?? 4,
    options: "-c default_transaction_read_only=on",
    ...(options.ssl ? { ssl: { rejectUnauthorized: false } } : {}),
  })
  // an idle connection the server closed (a restart, a failover) is replaced on the next query
  pool.on("error", () => {})
  return { db: reportsDb(pool), end: () => pool.end() }
}
