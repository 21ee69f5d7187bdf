import { FetchError } from "@medusajs/js-sdk"

/**
 * Why a read failed. `unavailable`: the backend is down, slow or erroring; `misconfigured`:
 * it answered but refused us (no publishable key, no region for a market).
 */
export type DataError = {
  kind: "unavailable" | "misconfigured"
  message: string
  status?: number
}

/** Expected failures are values: a page shows something sensible instead of crashing. */
export type DataResult<T> = { ok: true; data: T } | { ok: false; error: DataError }

export const success = <T>(data: T): DataResult<T> => ({ ok: true, data })

export const failure = <T = never>(kind: DataError["kind"], message: string, status?: number): DataResult<T> => ({
  ok: false,
  error: { kind, message, ...(status ? { status } : {}) },
})

export function toDataError(error: unknown): DataError {
  if (error instanceof FetchError) {
    // A 4xx means the backend is up but refuses our request; a 5xx that it is in trouble.
    const status = error.status ?? 500
    return { kind: status < 500 ? "misconfigured" : "unavailable", message: error.message, status }
  }
  const message = error instanceof Error ? error.message : String(error)
  return { kind: "unavailable", message }
}

/** Applies `fn` to a successful result's data; passes a failure through. */
export function mapResult<T, U>(result: DataResult<T>, fn: (data: T) => U): DataResult<U> {
  return result.ok ? success(fn(result.data)) : result
}
