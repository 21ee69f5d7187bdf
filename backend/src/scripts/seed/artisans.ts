import { Modules } from "@medusajs/framework/utils"
import { ARTISAN_MODULE } from "../../modules/artisan"
import type ArtisanModuleService from "../../modules/artisan/service"
import { dateFromIso } from "../../lib/dates"
import { ARTISAN_CODES, ARTISANS } from "./artisan-data"
import { CONSENTS } from "./consent-data"
import { countCreated, SeedContext } from "./context"
import { ARTISAN_GROUPS, GroupHandle } from "./group-data"
import { DEMO_USERS } from "./users"

const artisanService = (ctx: SeedContext): ArtisanModuleService => ctx.container.resolve(ARTISAN_MODULE)
const dateOrNull = (iso: string | null) => (iso ? dateFromIso(iso) : null)

/** The production manager keeps the register and the daily sheets, so the seeded records are in her name. */
export async function productionUserId(ctx: SeedContext): Promise<string> {
  const email = DEMO_USERS.find((u) => u.roles.includes("production"))!.email
  const [user] = await ctx.container.resolve(Modules.USER).listUsers({ email })
  if (!user) throw new Error(`The production user ${email} must be seeded before the makers.`)
  return user.id
}

export async function seedArtisanGroups(ctx: SeedContext): Promise<Map<GroupHandle, string>> {
  const service = artisanService(ctx)
  const existing = await service.listArtisanGroups(
    { handle: ARTISAN_GROUPS.map((g) => g.handle) },
    { select: ["id", "handle"] }
  )
  const missing = ARTISAN_GROUPS.filter((g) => !existing.some((e) => e.handle === g.handle))
  const created = missing.length
    ? await service.createArtisanGroups(
        missing.map((g) => ({ ...g, founded_on: dateFromIso(g.founded_on), is_public: true }))
      )
    : []
  countCreated(ctx, "artisan groups", created.length)
  return new Map([...existing, ...created].map((g) => [g.handle as GroupHandle, g.id]))
}

/** Creates the missing artisans, then the service history and consent of any artisan who has none. */
export async function seedArtisans(
  ctx: SeedContext,
  groups: Map<GroupHandle, string>,
  recordedBy: string
): Promise<Map<string, string>> {
  const service = artisanService(ctx)
  const existing = await service.listArtisans({ code: ARTISAN_CODES }, { select: ["id", "code"] })
  const missing = ARTISANS.filter((a) => !existing.some((e) => e.code === a.code))
  const created = missing.length
    ? await service.createArtisans(
        missing.map(({ group, segments, freedom_date, training_start, ...artisan }) => ({
          ...artisan,
          group_id: groups.get(group)!,
          freedom_date: dateFromIso(freedom_date),
          training_start: dateFromIso(training_start),
        }))
      )
    : []
  countCreated(ctx, "artisans", created.length)
  const ids = new Map([...existing, ...created].map((a) => [a.code, a.id]))
  await seedServiceHistories(ctx, ids)
  await seedConsents(ctx, ids, recordedBy)
  return ids
}

async function seedServiceHistories(ctx: SeedContext, ids: Map<string, string>): Promise<void> {
  const service = artisanService(ctx)
  const segments = await service.listServiceSegments({ artisan_id: [...ids.values()] }, { select: ["id", "artisan_id"] })
  const withHistory = new Set(segments.map((s) => s.artisan_id))
  const rows = ARTISANS.filter((a) => !withHistory.has(ids.get(a.code)!)).flatMap((a) =>
    a.segments.map((s) => ({
      artisan_id: ids.get(a.code)!,
      hire_date: dateFromIso(s.hire_date),
      exit_date: dateOrNull(s.exit_date),
      exit_reason: s.exit_reason,
      earlier_service_counts: s.earlier_service_counts,
    }))
  )
  if (rows.length) await service.createServiceSegments(rows)
  countCreated(ctx, "service periods", rows.length)
}

async function seedConsents(ctx: SeedContext, ids: Map<string, string>, recordedBy: string): Promise<void> {
  const service = artisanService(ctx)
  const consents = await service.listPublicConsents({ artisan_id: [...ids.values()] }, { select: ["id", "artisan_id"] })
  const withConsent = new Set(consents.map((c) => c.artisan_id))
  const rows = CONSENTS.filter((c) => !withConsent.has(ids.get(c.code)!)).map(({ code, ...consent }) => ({
    ...consent,
    artisan_id: ids.get(code)!,
    signed_on: dateFromIso(consent.signed_on),
    expires_on: dateFromIso(consent.expires_on),
    withdrawn_on: dateOrNull(consent.withdrawn_on),
    recorded_by: recordedBy,
  }))
  if (rows.length) await service.createPublicConsents(rows)
  countCreated(ctx, "public consents", rows.length)
}
