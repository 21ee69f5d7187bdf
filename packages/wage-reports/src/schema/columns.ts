import { text, timestamp } from "drizzle-orm/pg-core"

/** Columns Medusa adds to every data model. */
export const medusaTimestamps = {
  created_at: timestamp("created_at", { withTimezone: true }).notNull(),
  updated_at: timestamp("updated_at", { withTimezone: true }).notNull(),
  deleted_at: timestamp("deleted_at", { withTimezone: true }),
}

export const day = (name: string) => timestamp(name, { withTimezone: true, mode: "string" })


export const id = () => text("id").primaryKey()
