// Medusa loads the project's .ts files (medusa-config.ts, modules, routes)
// with Node's own require, which vitest's transform does not reach.
import { register } from "ts-node"
import { MetadataStorage } from "@mikro-orm/core"

register({ transpileOnly: true, swc: true, compilerOptions: { module: "commonjs" } })

// Entities registered by an earlier suite in the same worker would clash.
MetadataStorage.clear()

// test-utils announces the app's port with process.send(port); vitest's forks
// pool treats any message on that channel as its own and rejects a number.
const send = process.send?.bind(process)
if (send) {
  process.send = ((message: unknown, ...rest: unknown[]) =>
    typeof message === "number" ? true : (send as (...a: unknown[]) => boolean)(message, ...rest)) as typeof process.send
}

process.env.MEDUSA_DISABLE_TELEMETRY = "true"
process.env.LOG_LEVEL ??= "error"
process.env.SEED_SKIP_STOREFRONT_ENV = "true"
