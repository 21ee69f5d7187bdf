import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { medusaPublishableKey, sdk } from "@/lib/sdk"
import { type DataResult, failure, success, toDataError } from "./result"

/** A shopper waits at most this long for a cart or checkout answer before seeing a message. */
const BACKEND_TIMEOUT_MS = 10000

type StoreCall = {
  method?: "GET" | "POST" | "DELETE"
  body?: Record<string, unknown>
  query?: Record<string, unknown>
  /** A signed-in customer's token: the call is made as that customer. */
  token?: string
}

/**
 * A request on the store or auth API that is never cached: carts, checkout, accounts and orders
 * change with every click. A 4xx keeps the backend's own message (for example "The promotion
 * code X is invalid") so the action that called can decide what the shopper reads.
 */
export async function storeCall<T>(
  path: `/store/${string}` | `/auth/${string}`,
  { method = "GET", body, query, token }: StoreCall = {},
): Promise<DataResult<T>> {
  if (!medusaPublishableKey) {
    return failure("misconfigured", "NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY is not set (the seed writes it to .env.local)")
  }
  try {
    const data = await sdk.client.fetch<T>(path, {
      method,
      body,
      query,
      cache: "no-store",
      headers: token ? { authorization: `Bearer ${token}` } : {},
      signal: AbortSignal.timeout(BACKEND_TIMEOUT_MS),
    })
    return success(data)
  } catch (error) {
    const dataError = toDataError(error)
    if (!(error instanceof FetchError) || dataError.kind === "unavailable") {
      console.error(`[storefront] ${method} ${path} failed (${dataError.kind}): ${dataError.message}`)
    }
    return { ok: false, error: dataError }
  }
}
