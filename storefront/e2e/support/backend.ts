import { readFileSync } from "node:fs"
import { join } from "node:path"
import pg from "pg"

// The backend the harness started for these tests (see playwright.config.ts).
const DATABASE = process.env.E2E_DATABASE || "mukti_e2e_shop"
const EMBEDDED_PG_PORT = Number(process.env.EMBEDDED_PG_PORT || 54329)

function harnessEnv(): Record<string, string> {
  const file = join(__dirname, "..", "..", "..", ".data", "e2e", `${DATABASE}.env`)
  const values: Record<string, string> = {}
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const match = /^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/.exec(line)
    if (match) values[match[1]] = match[2]
  }
  return values
}

/** A GET on the store API, as the storefront makes it. */
export async function storeGet<T>(path: string): Promise<T> {
  const env = harnessEnv()
  const response = await fetch(`${env.NEXT_PUBLIC_MEDUSA_BACKEND_URL}${path}`, {
    headers: { "x-publishable-api-key": env.NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY },
  })
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`)
  return (await response.json()) as T
}

/** The maker groups the store API names for a product: what the confirmation must show. */
export async function makerNamesOf(handle: string): Promise<string[]> {
  const { products } = await storeGet<{ products: { id: string }[] }>(`/store/products?handle=${handle}&fields=id`)
  const { makers } = await storeGet<{ makers: { name: string }[] }>(`/store/products/${products[0].id}/makers`)
  return makers.map((maker) => maker.name)
}

function databaseUrl(): string {
  const base = process.env.DATABASE_URL || `postgres://postgres:postgres@localhost:${EMBEDDED_PG_PORT}/postgres`
  const url = new URL(base)
  url.pathname = `/${DATABASE}`
  return url.toString()
}

/** One query on the e2e database, for facts the store API rightly does not expose. */
export async function query<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl() })
  await client.connect()
  try {
    return (await client.query<T>(sql, values)).rows
  } finally {
    await client.end()
  }
}

/** Every artisan's legal name: none may ever appear in a page. */
export async function artisanLegalNames(): Promise<string[]> {
  const rows = await query<{ legal_name: string }>("select legal_name from artisan where deleted_at is null")
  return rows.map((row) => row.legal_name)
}

export async function orderMetadata(displayId: number): Promise<Record<string, unknown> | null> {
  const rows = await query<{ metadata: Record<string, unknown> | null }>(
    `select metadata from "order" where display_id = $1`,
    [displayId],
  )
  return rows[0]?.metadata ?? null
}
