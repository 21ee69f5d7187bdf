import "server-only"
import Medusa from "@medusajs/js-sdk"

/**
 * Reads a variable when the server runs, not when it is built. Next inlines any literal
 * `process.env.NEXT_PUBLIC_*` into the bundle, but the seed writes the publishable key into
 * .env.local and may do so after the build (a fresh database gets a fresh key).
 */
function runtimeEnv(name: string): string | undefined {
  return process.env[name] || undefined
}

export const medusaBackendUrl = runtimeEnv("NEXT_PUBLIC_MEDUSA_BACKEND_URL") ?? "http://localhost:9000"
export const medusaPublishableKey = runtimeEnv("NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY")

/** The one Medusa client of the storefront; only `src/lib/data/*` uses it. */
export const sdk = new Medusa({
  baseUrl: medusaBackendUrl,
  publishableKey: medusaPublishableKey,
})
