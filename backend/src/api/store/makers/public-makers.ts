import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ARTISAN_MODULE } from "../../../modules/artisan"
import type ArtisanModuleService from "../../../modules/artisan/service"
import ProductArtisanGroupLink from "../../../links/product-artisan-group"
import { dateFromIso, isoFromDate, todayInKolkata } from "../../../lib/dates"
import { storyExcerpt } from "../../../lib/story-excerpt"

/**
 * Everything the shop may show about makers. Groups appear only when public;
 * an artisan appears only through a consent that is signed, unexpired and not
 * withdrawn, and then only as she chose: display name, photo if allowed, story.
 */
export type PublicMaker = { display_name: string; photo_url: string | null; story: string | null }
export type GroupImpact = { artisans_employed: number; hours_this_year: number }

export async function publicGroups(container: MedusaContainer, filters: { handle?: string; id?: string[] } = {}) {
  const service: ArtisanModuleService = container.resolve(ARTISAN_MODULE)
  return service.listArtisanGroups(
    { is_public: true, ...filters },
    { select: ["id", "handle", "name", "city", "kind", "story", "founded_on"], order: { name: "ASC" } }
  )
}

export async function consentedMakers(container: MedusaContainer, groupIds: string[]): Promise<Map<string, PublicMaker[]>> {
  const byGroup = new Map<string, PublicMaker[]>(groupIds.map((id) => [id, []]))
  if (!groupIds.length) return byGroup
  const service: ArtisanModuleService = container.resolve(ARTISAN_MODULE)
  const today = dateFromIso(todayInKolkata())
  const consents = await service.listPublicConsents(
    { withdrawn_on: null, signed_on: { $lte: today }, expires_on: { $gte: today }, artisan: { group_id: groupIds } },
    { relations: ["artisan"], order: { display_name: "ASC" } }
  )
  for (const consent of consents) {
    byGroup.get(consent.artisan.group_id)?.push({
      display_name: consent.display_name,
      photo_url: consent.photo_allowed ? consent.photo_url : null,
      story: consent.story,
    })
  }
  return byGroup
}

export async function impactByGroup(container: MedusaContainer, groupIds: string[]): Promise<Map<string, GroupImpact>> {
  const impact = new Map<string, GroupImpact>(groupIds.map((id) => [id, { artisans_employed: 0, hours_this_year: 0 }]))
  if (!groupIds.length) return impact
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const today = todayInKolkata()
  const yearStart = `${today.slice(0, 4)}-01-01`
  const employed = await pg.raw(
    `select a.group_id, count(distinct a.id)::int as n
       from artisan a join artisan_service_segment s on s.artisan_id = a.id and s.deleted_at is null
      where a.deleted_at is null and a.group_id = any(?::text[]) and s.hire_date <= ?::date
        and (s.exit_date is null or s.exit_date >= ?::date)
      group by a.group_id`,
    [groupIds, today, today]
  )
  // a corrected record is replaced by its correction, so it no longer counts
  const hours = await pg.raw(
    `select a.group_id, coalesce(sum(o.minutes_worked), 0)::bigint as minutes
       from artisan_output_record o join artisan a on a.id = o.artisan_id
      where o.deleted_at is null and a.group_id = any(?::text[]) and o.work_date >= ?::date
        and not exists (select 1 from artisan_output_record c where c.corrects_id = o.id and c.deleted_at is null)
      group by a.group_id`,
    [groupIds, yearStart]
  )
  for (const row of employed.rows) impact.get(row.group_id)!.artisans_employed = row.n
  for (const row of hours.rows) impact.get(row.group_id)!.hours_this_year = Math.round(Number(row.minutes) / 60)
  return impact
}

export async function productIdsByGroup(container: MedusaContainer, groupIds: string[]): Promise<Map<string, string[]>> {
  const byGroup = new Map<string, string[]>(groupIds.map((id) => [id, []]))
  if (!groupIds.length) return byGroup
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: ProductArtisanGroupLink.entryPoint,
    fields: ["product_id", "artisan_group_id"],
    filters: { artisan_group_id: groupIds },
  })
  for (const row of data as Array<{ product_id: string; artisan_group_id: string }>) {
    byGroup.get(row.artisan_group_id)?.push(row.product_id)
  }
  return byGroup
}

export function presentGroup(group: {
  id: string
  handle: string
  name: string
  city: string
  kind: string
  story: string | null
  founded_on: Date | string | null
}) {
  return {
    id: group.id,
    handle: group.handle,
    name: group.name,
    city: group.city,
    kind: group.kind,
    story_excerpt: storyExcerpt(group.story),
    founded_year: group.founded_on ? Number(isoFromDate(group.founded_on).slice(0, 4)) : null,
  }
}
