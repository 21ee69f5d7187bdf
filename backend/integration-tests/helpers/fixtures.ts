import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { ARTISAN_MODULE } from "../../src/modules/artisan"
import type ArtisanModuleService from "../../src/modules/artisan/service"
import { isoFromDate } from "../../src/lib/dates"
import { isActiveOn } from "../../src/lib/output-rules"

/** Ids from the seeded demo data that the HTTP tests act on. */
export async function loadFixtures(container: MedusaContainer, workDate: string) {
  const service: ArtisanModuleService = container.resolve(ARTISAN_MODULE)
  const groups = await service.listArtisanGroups({}, { order: { name: "ASC" } })
  const artisans = await service.listArtisans({}, { relations: ["segments", "consents"], order: { code: "ASC" } })
  const tasks = await service.listTasks({ is_active: true }, { relations: ["rates"], order: { code: "ASC" } })
  const products = await container.resolve(Modules.PRODUCT).listProducts({}, { select: ["id", "handle"], take: 200 })
  const users = await container.resolve(Modules.USER).listUsers({})
  const [output] = await service.listOutputRecords({}, { take: 1, order: { work_date: "DESC" } })

  const activeOnWorkDate = artisans.filter((a) => a.employment_kind === "employee" && isActiveOn(a, workDate))
  const group = groups.find((g) => activeOnWorkDate.some((a) => a.group_id === g.id))!
  const ratedTasks = tasks.filter((t) => t.rates.some((r) => isoFromDate(r.effective_from) <= workDate))
  const withSegment = artisans.find((a) => a.segments.length > 0)!
  const today = new Date().toISOString().slice(0, 10)
  const isCurrent = (c: (typeof artisans)[number]["consents"][number]) =>
    !c.withdrawn_on && isoFromDate(c.signed_on) <= today && isoFromDate(c.expires_on) >= today
  const publicGroupIds = new Set(groups.filter((g) => g.is_public).map((g) => g.id))
  const withConsent = artisans.find((a) => publicGroupIds.has(a.group_id) && a.consents.some(isCurrent))!
  return {
    groups,
    group,
    artisans,
    activeArtisans: activeOnWorkDate.filter((a) => a.group_id === group.id),
    outsider: activeOnWorkDate.find((a) => a.group_id !== group.id),
    tasks: ratedTasks,
    products,
    output,
    withSegment,
    withConsent,
    consent: withConsent.consents.find(isCurrent)!,
    productionUser: users.find((u) => u.email.startsWith("production"))!,
  }
}
