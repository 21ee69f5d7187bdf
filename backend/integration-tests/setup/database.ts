import { getDatabase, parseDatabaseUrl } from "../../../scripts/database.mjs"

/**
 * Finds the PostgreSQL the suites use (DATABASE_URL, else an embedded one) and
 * hands it to Medusa's test runners, which read DB_* variables when imported.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const db = await getDatabase({ database: "postgres", log: (m: string) => console.log(m) })
  const { host, port, user, password } = parseDatabaseUrl(db.url)
  // test-utils forces SSL for any host that is not "localhost"
  process.env.DB_HOST = host === "127.0.0.1" ? "localhost" : host
  process.env.DB_PORT = String(port)
  process.env.DB_USERNAME = user
  process.env.DB_PASSWORD = password
  console.log(`Integration tests use ${db.embedded ? "an embedded" : "the configured"} PostgreSQL at ${process.env.DB_HOST}:${port}`)
  return () => db.stop()
}
