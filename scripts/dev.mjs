#!/usr/bin/env node
// `npm run dev`: database, migrations, demo seed, then the backend (with the
// admin) and the storefront, stopped together on Ctrl-C.
import { spawn } from "node:child_process"
import { createServer } from "node:net"
import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { stopChildren } from "./children.mjs"
import { getDatabase, repoRoot } from "./database.mjs"

const DEMO_USERS = JSON.parse(readFileSync(join(repoRoot, "backend/src/scripts/seed/demo-users.json"), "utf8"))
const BACKEND_PORT = 9000
const STOREFRONT_PORT = 8000
const bin = (name) => join(repoRoot, "node_modules", ".bin", name)
const children = new Set()
let database = null
let stopping = false

const say = (message) => console.log(`\x1b[35m[mukti]\x1b[0m ${message}`)
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`

function run(command, args, { cwd, env, onLine, persistent = false }) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group, so Ctrl-C can stop everything it starts
  })
  children.add(child)
  const forward = (stream) => {
    let buffer = ""
    stream.on("data", (chunk) => {
      buffer += chunk
      const lines = buffer.split("\n")
      buffer = lines.pop()
      for (const line of lines) onLine?.(line)
    })
  }
  forward(child.stdout)
  forward(child.stderr)
  return new Promise((resolve, reject) => {
    child.on("exit", (code, signal) => {
      children.delete(child)
      if (persistent && !stopping) {
        say(`${command} ${args[0]} stopped (${signal ?? code}); shutting down`)
        shutdown(1)
      }
      code === 0 || stopping ? resolve() : reject(new Error(`${args.join(" ")} exited with ${signal ?? code}`))
    })
  })
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = createServer()
    probe.once("error", () => resolve(false))
    probe.once("listening", () => probe.close(() => resolve(true)))
    probe.listen(port)
  })
}

async function waitFor(url, label, since) {
  for (;;) {
    if (stopping) return
    try {
      const response = await fetch(url, { redirect: "manual" })
      if (response.status < 500) return say(`${label} ready in ${seconds(since)}`)
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
}

async function shutdown(code = 0) {
  if (stopping) return
  stopping = true
  say("Stopping…")
  await stopChildren(children)
  if (database) {
    await database.stop()
    if (database.embedded) say("Embedded PostgreSQL stopped")
  }
  process.exit(code)
}

process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

const quiet = (prefix) => (line) => {
  if (/error|warn/i.test(line)) console.log(`${prefix} ${line}`)
}

async function main() {
  const started = Date.now()
  for (const port of [BACKEND_PORT, STOREFRONT_PORT]) {
    if (!(await portIsFree(port))) throw new Error(`port ${port} is already in use; stop whatever runs there (an earlier npm run dev?) and try again`)
  }
  const backend = join(repoRoot, "backend")
  const env = { MEDUSA_DISABLE_TELEMETRY: "true", NEXT_TELEMETRY_DISABLED: "1" }

  say(process.env.DATABASE_URL ? "Using the PostgreSQL in DATABASE_URL" : "Starting the embedded PostgreSQL (.data/pg)")
  database = await getDatabase({ database: "mukti", log: say })
  env.DATABASE_URL = database.url

  let step = Date.now()
  say("Migrating the database…")
  await run(bin("medusa"), ["db:migrate"], { cwd: backend, env, onLine: quiet("  [migrate]") })
  say(`Migrated in ${seconds(step)}`)

  step = Date.now()
  say("Seeding the demo data…")
  await run(bin("medusa"), ["exec", "./src/scripts/seed.ts"], {
    cwd: backend,
    env,
    onLine: (line) => {
      const text = line.replace(/\x1b\[[0-9;]*m/g, "").replace(/^info:\s*/, "").trim()
      if (/^(Seeding|Seed created|Already seeded)/.test(text) || /error/i.test(text)) say(`  ${text}`)
    },
  })
  say(`Seed step took ${seconds(step)}`)
  if (!existsSync(join(repoRoot, "storefront", ".env.local"))) throw new Error("the seed did not write storefront/.env.local")

  step = Date.now()
  say("Starting the backend and admin (:9000) and the storefront (:8000)…")
  run(bin("medusa"), ["develop"], { cwd: backend, env: { ...env, PORT: String(BACKEND_PORT) }, onLine: quiet("  [backend]"), persistent: true }).catch(() => {})
  run(bin("next"), ["dev", "--port", String(STOREFRONT_PORT)], {
    cwd: join(repoRoot, "storefront"),
    env,
    onLine: quiet("  [storefront]"),
    persistent: true,
  }).catch(() => {})
  await Promise.all([
    waitFor(`http://localhost:${BACKEND_PORT}/health`, "Backend", step),
    waitFor(`http://localhost:${STOREFRONT_PORT}/`, "Storefront", step),
  ])
  if (stopping) return
  console.log(`
  Mukti Market is running (ready in ${seconds(started)}):

    Shop         http://localhost:${STOREFRONT_PORT}
    Admin        http://localhost:${BACKEND_PORT}/app
    API health   http://localhost:${BACKEND_PORT}/health

  Demo logins for the admin:
${DEMO_USERS.map((u) => `    ${u.email.padEnd(24)}${u.password.padEnd(24)}(${u.roles.join(", ")})`).join("\n")}

  Press Ctrl-C to stop everything.
`)
}

main().catch((error) => {
  console.error(`\x1b[31m[mukti]\x1b[0m ${error.message}`)
  shutdown(1)
})
