import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedDemo } from "./seed/index"

// The browser tests point this elsewhere so a test database never replaces the developer's key.
const STOREFRONT_ENV = process.env.SEED_STOREFRONT_ENV_FILE || join(process.cwd(), "..", "storefront", ".env.local")

/** Sets KEY=value lines in an env file, keeping any other lines the developer added. */
function writeEnv(path: string, values: Record<string, string>): void {
  const lines = existsSync(path) ? readFileSync(path, "utf8").split("\n").filter(Boolean) : []
  const kept = lines.filter((l) => !Object.keys(values).some((k) => l.startsWith(`${k}=`)))
  writeFileSync(path, [...kept, ...Object.entries(values).map(([k, v]) => `${k}=${v}`)].join("\n") + "\n")
}

export default async function seed({ container }: ExecArgs): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { publishableKey, created } = await seedDemo(container, (m) => logger.info(m))
  const summary = Object.entries(created).map(([kind, n]) => `${n} ${kind}`)
  logger.info(summary.length ? `Seed created ${summary.join(", ")}.` : "Already seeded: nothing changed.")
  if (process.env.SEED_SKIP_STOREFRONT_ENV !== "true") {
    writeEnv(STOREFRONT_ENV, {
      NEXT_PUBLIC_MEDUSA_BACKEND_URL: process.env.MEDUSA_BACKEND_URL || "http://localhost:9000",
      NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY: publishableKey,
    })
    logger.info(`Wrote the publishable key to ${STOREFRONT_ENV}`)
  }
}
