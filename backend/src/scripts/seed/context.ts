import type { MedusaContainer } from "@medusajs/framework/types"

/** What each seed part receives, and how it reports what it did. */
export type SeedContext = {
  container: MedusaContainer
  log: (message: string) => void
  /** Counts of records this run created, by kind; empty when everything was already there. */
  created: Record<string, number>
}

export function countCreated(ctx: SeedContext, kind: string, n = 1): void {
  if (n > 0) ctx.created[kind] = (ctx.created[kind] ?? 0) + n
}
