import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { seedDemo } from "../../src/scripts/seed/index"
import { DEMO_USERS } from "../../src/scripts/seed/users"
import { CATEGORIES, PRODUCTS } from "../../src/scripts/seed/catalog-data"

/** Row counts of every table the seed writes to, so two runs can be compared. */
async function rowCounts(container: MedusaContainer): Promise<Record<string, number>> {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const tables = [
    "region", "region_country", "tax_region", "tax_rate", "store_currency", "sales_channel", "api_key",
    "stock_location", "fulfillment_set", "service_zone", "shipping_option", "user", "auth_identity",
    "product_category", "product", "product_variant", "price", "image", "inventory_item", "inventory_level",
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

      it("changes nothing when it runs a second time, and says so", async () => {
        const second = await seedDemo(getContainer())
        expect(second.created).toEqual({})
        expect(await rowCounts(getContainer())).toEqual(countsAfterFirstSeed)
      })
    })
  },
})
