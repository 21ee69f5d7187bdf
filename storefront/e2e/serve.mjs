#!/usr/bin/env node
// The storefront as the browser tests meet it: a production build started against the e2e
// backend. Run it under `flock /tmp/mukti-next-build.lock`: the lock is held while the server
// runs, because another `next build` would replace .next under it.
//
//   E2E_DATABASE=mukti_e2e_shop E2E_STOREFRONT_PORT=8100 flock /tmp/mukti-next-build.lock node e2e/serve.mjs
import { spawn } from "node:child_process"
import { readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const storefront = join(dirname(fileURLToPath(import.meta.url)), "..")
const database = process.env.E2E_DATABASE || "mukti_e2e_shop"
const port = process.env.E2E_STOREFRONT_PORT || "8100"
const envFile = join(storefront, "..", ".data", "e2e", `${database}.env`)
const next = join(storefront, "..", "node_modules", ".bin", "next")
const say = (message) => console.log(`[e2e-storefront] ${message}`)

/** The backend URL and publishable key the harness wrote for this database. */
function backendEnv() {
  const values = {}
  for (const line of readFileSync(envFile, "utf8").split("\n")) {
    const match = /^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/.exec(line)
    if (match) values[match[1]] = match[2].replace(/^["']|["']$/g, "")
  }
  if (!values.NEXT_PUBLIC_MEDUSA_BACKEND_URL || !values.NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY) {
    throw new Error(`${envFile} lacks the backend URL or publishable key`)
  }
  return values
}

let child = null
function run(args, env) {
  return new Promise((resolve, reject) => {
    child = spawn(next, args, { cwd: storefront, env, stdio: "inherit" })
    child.on("exit", (code, signal) => {
      child = null
      code === 0 ? resolve() : reject(new Error(`next ${args[0]} exited with ${signal ?? code}`))
    })
  })
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    child?.kill("SIGTERM")
    process.exit(0)
  })
}

try {
  // The values of the process beat .env.local in Next, so the developer's file stays as it is.
  const env = {
    ...process.env,
    ...backendEnv(),
    NEXT_PUBLIC_BASE_URL: `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  }
  const started = Date.now()
  say(`building against ${env.NEXT_PUBLIC_MEDUSA_BACKEND_URL}`)
  await run(["build"], env)
  say(`built in ${((Date.now() - started) / 1000).toFixed(1)} s; starting on port ${port}`)
  await run(["start", "--port", port], env)
} catch (error) {
  console.error(`[e2e-storefront] ${error.message}`)
  process.exit(1)
}
