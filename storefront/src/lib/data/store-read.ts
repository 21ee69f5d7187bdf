import "server-only"
import { connection } from "next/server"
import { medusaPublishableKey, sdk } from "@/lib/sdk"
import type { CacheTag } from "./cache-tags"
import { type DataResult, failure, success, toDataError } from "./result"

/** A shopper waits at most this long for the backend before seeing the friendly message. */
const BACKEND_TIMEOUT_MS = 8000

type CachedStoreRead = {
  path: `/store/${string}`
  query?: Record<string, unknown>
  tags: CacheTag[]
  /** Seconds before the cached answer is refreshed. */
  lifetime: number
  /** A 404 is an answer here (an unknown handle), so it is not logged as a failure. */
  expectNotFound?: boolean
}

/**
 * A cached GET on the Medusa store API. It first opts the page into request-time rendering,
 * so `next build` never needs the backend and a failed read is never frozen into a static
 * page; the answer itself is kept in Next's data cache under `tags` (only 200s are stored).
 */
export async function cachedStoreRead<T>({
  path,
  query,
  tags,
  lifetime,
  expectNotFound = false,
}: CachedStoreRead): Promise<DataResult<T>> {
  await connection()
  if (!medusaPublishableKey) {
    return failure("misconfigured", "NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY is not set (the seed writes it to .env.local)")
  }
  try {
    const data = await sdk.client.fetch<T>(path, {
      method: "GET",
      query,
      next: { tags, revalidate: lifetime },
      signal: AbortSignal.timeout(BACKEND_TIMEOUT_MS),
    })
    return success(data)
  } catch (error) {
    const dataError = toDataError(error)
    if (expectNotFound && dataError.status === 404) return { ok: false, error: dataError }
    console.error(`[storefront] GET ${path} failed (${dataError.kind}): ${dataError.message}`)
    return { ok: false, error: dataError }
  }
}
