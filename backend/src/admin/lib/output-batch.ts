import { FetchError } from "@medusajs/js-sdk"

/** The API records at most this many rows in one all-or-nothing batch. */
export const MAX_BATCH_ROWS = 500

export type RowError = { index: number; reason: string }

export type BatchOutcome =
  | { ok: true; recorded: number; replayed: boolean }
  | { ok: false; message: string; errors: RowError[] }

/**
 * A new key for a sheet as it now stands. The same key sent twice records once,
 * so a double-click or a retry after a lost answer never doubles the output.
 */
export function newSheetKey(): string {
  // randomUUID needs a secure context; getRandomValues works everywhere
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return `sheet-${Array.from(bytes, (b: number) => b.toString(16).padStart(2, "0")).join("")}`
}

/** Splits rows into batches the API accepts, keeping each row's place in the whole. */
export function chunk<T>(rows: readonly T[], size = MAX_BATCH_ROWS): Array<{ offset: number; rows: T[] }> {
  const chunks: Array<{ offset: number; rows: T[] }> = []
  for (let offset = 0; offset < rows.length; offset += size) chunks.push({ offset, rows: rows.slice(offset, offset + size) })
  return chunks
}

/** Sends one batch; a refusal comes back as a value with the per-row errors the API listed. */
export async function sendBatch(body: { idempotency_key: string; group_id?: string; rows: unknown[] }): Promise<BatchOutcome> {
  const response = await fetch("/admin/output/batches", {
    method: "POST",
    credentials: "include",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify(body),
  })
  const payload = (await response.json().catch(() => ({}))) as {
    replayed?: boolean
    output_records?: unknown[]
    message?: string
    errors?: RowError[]
  }
  if (response.ok) return { ok: true, recorded: payload.output_records?.length ?? 0, replayed: Boolean(payload.replayed) }
  if (response.status === 400 && Array.isArray(payload.errors)) {
    return { ok: false, message: payload.message ?? "The sheet was refused.", errors: payload.errors }
  }
  throw new FetchError(payload.message ?? `The server answered ${response.status}.`, response.statusText, response.status)
}
