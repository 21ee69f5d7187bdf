import type { AxiosInstance } from "axios"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { ARTISAN_MODULE } from "../../src/modules/artisan"
import type ArtisanModuleService from "../../src/modules/artisan/service"
import { isoFromDate, todayInKolkata } from "../../src/lib/dates"
import { discoverRoutes } from "../helpers/route-files"

/** Keys that belong to the register or the payroll and must never reach the shop. */
const PRIVATE_KEYS = [
  "legal_name", "personal_details", "code", "skill_grade", "employment_kind", "epf_enrolled", "esi_enrolled",
  "freedom_date", "training_start", "segments", "hire_date", "exit_date", "rate_paise", "minutes_worked",
  "quantity_accepted", "quantity_rejected", "signed_on", "expires_on", "withdrawn_on", "artisan_id",
]

function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysOf(v, into))
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      into.add(k)
      keysOf(v, into)
    }
  }
  return into
}

function stringsOf(value: unknown): string[] {
  if (typeof value === "string") return value.length >= 4 ? [value] : []
  if (Array.isArray(value)) return value.flatMap(stringsOf)
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsOf)
  return []
}

/**
 * Calls every store route src/api defines, for every maker handle and product,
 * and reports anything private that appears in any response.
 */
export async function privacyCrawl(api: AxiosInstance, container: MedusaContainer, publishableKey: string) {
  const service: ArtisanModuleService = container.resolve(ARTISAN_MODULE)
  const groups = await service.listArtisanGroups({})
  const artisans = await service.listArtisans({}, { relations: ["consents"] })
  const products = await container.resolve(Modules.PRODUCT).listProducts({}, { select: ["id"], take: 500 })
  const today = todayInKolkata()
  const current = (c: (typeof artisans)[number]["consents"][number]) =>
    !c.withdrawn_on && isoFromDate(c.signed_on) <= today && isoFromDate(c.expires_on) >= today
  const publicNames = new Set(artisans.flatMap((a) => a.consents.filter(current).map((c) => c.display_name)))

  const secrets = new Map<string, string>()
  for (const a of artisans) {
    secrets.set(a.legal_name, `legal name of ${a.code}`)
    for (const text of stringsOf(a.personal_details)) secrets.set(text, `personal detail of ${a.code}`)
    for (const c of a.consents.filter((c) => !current(c) && !publicNames.has(c.display_name))) {
      secrets.set(c.display_name, `display name without a current consent (${a.code})`)
    }
  }

  const routes = discoverRoutes("store").filter((r) => r.method === "GET")
  const handles = [...groups.map((g) => g.handle), "no-such-maker"]
  const urls = routes.flatMap((r) => {
    if (r.path.includes(":handle")) return handles.map((h) => r.path.replace(":handle", h))
    if (r.path.includes(":id")) return [...products.map((p) => r.path.replace(":id", p.id)), r.path.replace(":id", "prod_missing")]
    return [r.path]
  })

  const crawled: string[] = []
  const leaks: string[] = []
  let consentedNamesSeen = 0
  for (const url of urls) {
    const response = await api.get(url, { headers: { "x-publishable-api-key": publishableKey }, validateStatus: () => true })
    crawled.push(`${url} -> ${response.status}`)
    const text = JSON.stringify(response.data)
    for (const key of keysOf(response.data)) if (PRIVATE_KEYS.includes(key)) leaks.push(`${url}: key "${key}"`)
    for (const [secret, what] of secrets) if (text.includes(secret)) leaks.push(`${url}: ${what}`)
    if (/\bart_[0-9A-Z]{20,}/.test(text)) leaks.push(`${url}: an artisan id`)
    for (const name of publicNames) if (text.includes(name)) consentedNamesSeen++
  }
  return { routes: routes.map((r) => r.path), crawled, leaks, consentedNamesSeen }
}
