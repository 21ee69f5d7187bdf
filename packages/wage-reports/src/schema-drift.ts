import { getTableConfig, PgTable } from "drizzle-orm/pg-core"
import type { Pool, PoolClient } from "pg"
import * as schema from "./schema"

type Column = { type: string; notNull: boolean }

const tables: PgTable[] = Object.values(schema as Record<string, unknown>).filter((t): t is PgTable => t instanceof PgTable)

function describe(columns: Map<string, Column>, name: string) {
  const c = columns.get(name)!
  return `${c.type}${c.notNull ? " not null" : ""}`
}

/**
 * Compares the drizzle schema with the tables Medusa's migrations created and
 * lists every disagreement (missing or extra tables and columns, types,
 * nullability). An empty list means the report queries read what is there.
 */
export async function findSchemaDrift(db: Pool | PoolClient, tablePrefix = "artisan"): Promise<string[]> {
  const { rows } = await db.query<{ table_name: string; column_name: string; data_type: string; is_nullable: string }>(
    `select table_name, column_name, data_type, is_nullable from information_schema.columns
      where table_schema = current_schema() and table_name like $1`,
    [`${tablePrefix}%`]
  )
  const actual = new Map<string, Map<string, Column>>()
  for (const r of rows) {
    if (!actual.has(r.table_name)) actual.set(r.table_name, new Map())
    actual.get(r.table_name)!.set(r.column_name, { type: r.data_type, notNull: r.is_nullable === "NO" })
  }
  const drift: string[] = []
  const declared = new Set<string>()
  for (const table of tables) {
    const config = getTableConfig(table)
    declared.add(config.name)
    const columns = actual.get(config.name)
    if (!columns) {
      drift.push(`table ${config.name} is in the drizzle schema but not in the database`)
      continue
    }
    const expected = new Map<string, Column>(config.columns.map((c) => [c.name, { type: c.getSQLType(), notNull: c.notNull }]))
    for (const [name, column] of expected) {
      if (!columns.has(name)) drift.push(`${config.name}.${name} is in the drizzle schema but not in the database`)
      else if (column.type !== columns.get(name)!.type || column.notNull !== columns.get(name)!.notNull) {
        drift.push(`${config.name}.${name}: drizzle says ${describe(expected, name)}, the database has ${describe(columns, name)}`)
      }
    }
    for (const name of columns.keys()) {
      if (!expected.has(name)) drift.push(`${config.name}.${name} is in the database but not in the drizzle schema`)
    }
  }
  for (const name of actual.keys()) {
    if (!declared.has(name)) drift.push(`table ${name} is in the database but not in the drizzle schema`)
  }
  return drift.sort()
}
