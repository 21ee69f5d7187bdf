#!/usr/bin/env node
// The backend as the browser tests meet it: a fresh database, the built server
// with the built admin, the demo seed, running until it is told to stop.
//
//   E2E_BACKEND_PORT=9200 E2E_DATABASE=mukti_e2e_admin node scripts/e2e-backend.mjs
//
// The storefront's connection values go to .data/e2e/<database>.env, never to
// storefront/.env.local, so a test run leaves the developer's setup alone.
import { spawn } from "node:child_process"
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs"
import { join } from "node:path"
import { stopChildren } from "./children.mjs"
import { dropDatabase, ensureDatabase, getDatabase, repoRoot, withDatabase } from "./database.mjs"

const port = Number(process.env.E2E_BACKEND_PORT || 9000)
const databaseName = process.env.E2E_DATABASE || "mukti_e2e"
const backend = join(repoRoot, "backend")
const server = join(backend, ".medusa", "server")
const medusa = join(repoRoot, "node_modules", ".bin", "medusa")
const envFile = join(repoRoot, ".data", "e2e", `${databaseName}.env`)
const backendUrl = `http://localhost:${port}`

const say = (message) => console.log(`[e2e-backend] ${message}`)
const children = new Set()
let database = null
let stopping = false

function run(command, args, { cwd, env = {}, persistent = false }) {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: "inherit", detached: true })
  children.add(child)
  return new Promise((resolve, reject) => {
    child.on("exit", (code, signal) => {
      children.delete(child)
      if (stopping) return resolve()
      if (persistent) {
        say(`the server stopped (${signal ?? code})`)
        return void stop(1)
      }
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${signal ?? code}`))
    })
  })
}

/** Newest modification time under `path`, skipping what the build itself writes. */
function newest(path) {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let latest = stat.mtimeMs
  for (const entry of readdirSync(path)) {
    if (entry === "node_modules" || entry.startsWith(".")) continue
    latest = Math.max(latest, newest(join(path, entry)))
  }
  return latest
}

function buildIsStale() {
  const built = join(server, "medusa-config.js")
  if (!existsSync(built)) return true
  const sources = ["src", "medusa-config.ts", "package.json"].map((p) => join(backend, p)).filter(existsSync)
  return Math.max(...sources.map(newest)) > statSync(built).mtimeMs
}

async function stop(code = 0) {
  if (stopping) return
  stopping = true
  await stopChildren(children)
  await database?.stop()
  process.exit(code)
}

process.on("SIGINT", () => stop(0))
process.on("SIGTERM", () => stop(0))

async function main() {
  const started = Date.now()
  // Browser tests use their own database whatever DATABASE_URL names.
  if (process.env.DATABASE_URL) process.env.DATABASE_URL = withDatabase(process.env.DATABASE_URL, "postgres")
  database = await getDatabase({ database: databaseName, log: say })
  await dropDatabase(database.url, databaseName)
  await ensureDatabase(database.url, databaseName)
  say(`fresh database ${databaseName}${database.embedded ? " (embedded PostgreSQL)" : ""}`)

  // One build at a time: other test suites may want the same .medusa/server.
  await run("flock", ["/tmp/mukti-medusa-build.lock", "node", join(repoRoot, "scripts", "e2e-backend.mjs"), "--build-if-stale"], {
    cwd: repoRoot,
  })

  const env = {
    DATABASE_URL: database.url,
    MEDUSA_BACKEND_URL: backendUrl,
    PORT: String(port),
    // Not production: its Secure session cookie never comes back over plain http://localhost.
    // Not development either: then Medusa serves the admin from sources, not from the build.
    NODE_ENV: "test",
    MEDUSA_DISABLE_TELEMETRY: "true",
    LOG_LEVEL: process.env.LOG_LEVEL || "warn",
    SEED_STOREFRONT_ENV_FILE: envFile,
    STORE_CORS: `http://localhost:8000,http://localhost:8100,${backendUrl}`,
    ADMIN_CORS: backendUrl,
    AUTH_CORS: `http://localhost:8000,http://localhost:8100,${backendUrl}`,
  }
  mkdirSync(join(repoRoot, ".data", "e2e"), { recursive: true })
  // Migrate, seed and serve from the build, so uploaded images live where the server serves them.
  await run(medusa, ["db:migrate"], { cwd: server, env })
  await run(medusa, ["exec", "./src/scripts/seed.js"], { cwd: server, env })
  say(`migrated and seeded in ${((Date.now() - started) / 1000).toFixed(1)} s; starting on ${backendUrl}`)
  run(medusa, ["start"], { cwd: server, env, persistent: true }).catch(() => {})
}

if (process.argv.includes("--build-if-stale")) {
  if (buildIsStale()) {
    say("building the backend and admin (medusa build)")
    const child = spawn(medusa, ["build"], { cwd: backend, stdio: "inherit" })
    child.on("exit", (code) => process.exit(code ?? 1))
  } else {
    say("the build is current")
  }
} else {
  main().catch((error) => {
    console.error(`[e2e-backend] ${error instanceof Error ? error.message : String(error)}`)
    stop(1)
  })
}
