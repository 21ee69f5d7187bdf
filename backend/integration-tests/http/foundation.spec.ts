import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { seedDemo } from "../../src/scripts/seed/index"
import { DEMO_USERS } from "../../src/scripts/seed/users"
import { CATEGORIES, PRODUCTS } from "../../src/scripts/seed/catalog-data"
import { ARTISAN_GROUPS } from "../../src/scripts/seed/group-data"
import { ARTISANS } from "../../src/scripts/seed/artisan-data"
import { EXPIRED_CONSENT_CODE, WITHDRAWN_CONSENT_CODE } from "../../src/scripts/seed/consent-data"
import { OUTPUT_MONTHS } from "../../src/scripts/seed/output-data"
import { ARTISAN_MODULE } from "../../src/modules/artisan"
import type ArtisanModuleService from "../../src/modules/artisan/service"
import { isoFromDate, todayInKolkata } from "../../src/lib/dates"
import { isActiveOn } from "../../src/lib/output-rules"

/** Row counts of every table the seed writes to, so two runs can be compared. */
async function rowCounts(container: MedusaContainer): Promise<Record<string, number>> {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const tables = [
    "region", "region_country", "tax_region", "tax_rate", "store_currency", "sales_channel", "api_key",
    "stock_location", "fulfillment_set", "service_zone", "shipping_option", "user", "auth_identity",
    "product_category", "product", "product_variant", "price", "image", "inventory_item", "inventory_level",
    "artisan_group", "artisan", "artisan_service_segment", "artisan_public_consent", "artisan_task",
    "artisan_piece_rate", "artisan_output_record", "product_product_artisan_artisan_group",
  ]
  const counts: Record<string, number> = {}
  for (const table of tables) {
    const { rows } = await pg.raw(`select count(*)::int as n from "${table}" where deleted_at is null`)
    counts[table] = rows[0].n
  }
  return counts
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string
    let countsAfterFirstSeed: Record<string, number>

    beforeAll(async () => {
      const result = await seedDemo(getContainer())
      publishableKey = result.publishableKey
      countsAfterFirstSeed = await rowCounts(getContainer())
    })

    describe("the running application", () => {
      it("answers its health check", async () => {
        const response = await api.get("/health")
        expect(response.status).toBe(200)
        expect(response.data).toBe("OK")
      })

      it("lets each seeded admin sign in and call an admin route", async () => {
        for (const user of DEMO_USERS) {
          const auth = await api.post("/auth/user/emailpass", { email: user.email, password: user.password })
          const headers = { authorization: `Bearer ${auth.data.token}` }
          const me = await api.get("/admin/users/me", { headers })
          expect(me.data.user.email).toBe(user.email)
          expect(me.data.user.metadata.roles).toEqual(user.roles)
        }
      })

      it("refuses an admin route without a signed-in user", async () => {
        const response = await api.get("/admin/products", { validateStatus: () => true })
        expect(response.status).toBe(401)
      })

      it("lists the catalog on the store API with the publishable key, priced for the region", async () => {
        const headers = { "x-publishable-api-key": publishableKey }
        const { data: regions } = await api.get("/store/regions", { headers })
        const india = regions.regions.find((r: { currency_code: string }) => r.currency_code === "inr")
        const { data } = await api.get(
          `/store/products?limit=100&region_id=${india.id}&fields=title,handle,thumbnail,*variants.calculated_price`,
          { headers }
        )
        expect(data.count).toBe(PRODUCTS.length)
        const sari = data.products.find((p: { handle: string }) => p.handle === "shapla-kantha-sari")
        expect(sari.thumbnail).toMatch(/\/static\/.+\.png$/)
        expect(sari.variants[0].calculated_price.currency_code).toBe("inr")
        expect(sari.variants[0].calculated_price.calculated_amount).toBeGreaterThan(0)
      })

      it("refuses the store API without a publishable key", async () => {
        const response = await api.get("/store/products", { validateStatus: () => true })
        expect(response.status).toBe(400)
      })
    })

    describe("the demo seed", () => {
      it("creates the categories, products priced in three currencies and one admin per role", async () => {
        const container = getContainer()
        const products = await container.resolve(Modules.PRODUCT).listProducts(
          {},
          { relations: ["variants", "categories"], take: 200 }
        )
        expect(products.length).toBeGreaterThanOrEqual(24)
        const categoryCount = CATEGORIES.reduce((n, c) => n + 1 + (c.children?.length ?? 0), 0)
        expect(countsAfterFirstSeed.product_category).toBe(categoryCount)

        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: variants } = await query.graph({
          entity: "product_variant",
          fields: ["sku", "price_set.prices.currency_code", "price_set.prices.amount"],
        })
        for (const variant of variants) {
          const currencies = (variant.price_set?.prices ?? []).map((p) => p?.currency_code).sort()
          expect(currencies, variant.sku ?? "").toEqual(["eur", "inr", "usd"])
        }

        const users = await container.resolve(Modules.USER).listUsers({})
        const roles = users.flatMap((u) => (u.metadata?.roles as string[] | undefined) ?? []).sort()
        expect(roles).toEqual(["finance", "owner", "production"])
      })

      it("creates 3 maker groups, 60 artisans, makers for every product, the lapsed consents and 3 months of output", async () => {
        const container = getContainer()
        const service: ArtisanModuleService = container.resolve(ARTISAN_MODULE)
        const groups = await service.listArtisanGroups({})
        expect(groups.map((g) => g.handle).sort()).toEqual(ARTISAN_GROUPS.map((g) => g.handle).sort())
        expect(groups.filter((g) => !g.is_public || !g.story)).toEqual([])
        expect(groups).toHaveLength(3)
        const artisans = await service.listArtisans({}, { relations: ["consents"] })
        expect(artisans).toHaveLength(60)

        const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const { rows: shares } = await pg.raw(
          `select p.handle, coalesce(sum(l.share_percent), 0)::int as total
             from product p left join product_product_artisan_artisan_group l on l.product_id = p.id and l.deleted_at is null
            where p.deleted_at is null group by p.handle`
        )
        expect(shares).toHaveLength(PRODUCTS.length)
        expect(shares.filter((s: { total: number }) => s.total !== 100)).toEqual([])

        const today = todayInKolkata()
        const consents = artisans.flatMap((a) => a.consents.map((c) => ({ ...c, code: a.code })))
        const withdrawn = consents.filter((c) => c.withdrawn_on)
        const expired = consents.filter((c) => !c.withdrawn_on && isoFromDate(c.expires_on) < today)
        expect(withdrawn.map((c) => c.code)).toEqual([WITHDRAWN_CONSENT_CODE])
        expect(expired.map((c) => c.code)).toEqual([EXPIRED_CONSENT_CODE])
        const lapsed = consents.filter((c) => [WITHDRAWN_CONSENT_CODE, EXPIRED_CONSENT_CODE].includes(c.code))
        expect(lapsed).toHaveLength(2)

        const { rows: months } = await pg.raw(
          `select to_char(work_date at time zone 'UTC', 'YYYY-MM') as month, count(*)::int as n
             from artisan_output_record where deleted_at is null group by 1 order by 1`
        )
        expect(months.map((m: { month: string }) => m.month)).toEqual([...OUTPUT_MONTHS])
      })

      it("records output only on working days on which the artisan was employed or in training", async () => {
        const container = getContainer()
        const service: ArtisanModuleService = container.resolve(ARTISAN_MODULE)
        const artisans = await service.listArtisans({}, { relations: ["segments"] })
        const byId = new Map(artisans.map((a) => [a.id, a]))
        const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const { rows } = await pg.raw(
          `select distinct artisan_id, to_char(work_date at time zone 'UTC', 'YYYY-MM-DD') as day
             from artisan_output_record where deleted_at is null`
        )
        const days = rows as Array<{ artisan_id: string; day: string }>
        expect(days.length).toBeGreaterThan(ARTISANS.length * 50)
        expect(days.filter((r) => new Date(`${r.day}T00:00:00Z`).getUTCDay() === 0)).toEqual([])
        expect(days.filter((r) => !isActiveOn(byId.get(r.artisan_id)!, r.day))).toEqual([])
      })

      it("changes nothing when it runs a second time, and says so", async () => {
        const second = await seedDemo(getContainer())
        expect(second.created).toEqual({})
        expect(await rowCounts(getContainer())).toEqual(countsAfterFirstSeed)
      })
    })
  },
})
