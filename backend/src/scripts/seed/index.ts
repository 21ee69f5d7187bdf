import type { MedusaContainer } from "@medusajs/framework/types"
import { productionUserId, seedArtisanGroups, seedArtisans } from "./artisans"
import { seedAttribution } from "./attribution"
import { seedCategories, seedProducts } from "./catalog"
import { SeedContext } from "./context"
import { seedLeave, seedOutput } from "./output"
import { seedRegions } from "./regions"
import { seedStockLocation, seedShipping } from "./shipping"
import { seedPromotions } from "./promotions"
import { seedPublishableKey, seedSalesChannel, seedStoreSettings } from "./store"
import { seedTasks } from "./tasks"
import { seedAdminUsers } from "./users"
import { seedRuleSet } from "./payroll"

export type SeedResult = {
  publishableKey: string
  created: Record<string, number>
}

/**
 * Brings the database to the demo state. Each part checks what is already
 * there, so running it again creates nothing and reports that.
 */
export async function seedDemo(container: MedusaContainer, log: (m: string) => void = () => {}): Promise<SeedResult> {
  const ctx: SeedContext = { container, log, created: {} }
  log("Seeding store, regions and shipping")
  const salesChannel = await seedSalesChannel(ctx)
  const regions = await seedRegions(ctx)
  await seedStoreSettings(ctx, salesChannel, regions.find((r) => r.currency_code === "inr")!)
  const key = await seedPublishableKey(ctx, salesChannel)
  const location = await seedStockLocation(ctx, salesChannel)
  await seedShipping(ctx, location, regions)
  log("Seeding admin users")
  await seedAdminUsers(ctx)
  log("Seeding catalog")
  const categories = await seedCategories(ctx)
  await seedProducts(ctx, categories, salesChannel, location)
  await seedPromotions(ctx)
  log("Seeding makers: groups, artisans, tasks and attribution")
  const recordedBy = await productionUserId(ctx)
  const groups = await seedArtisanGroups(ctx)
  const artisans = await seedArtisans(ctx, groups, recordedBy)
  const tasks = await seedTasks(ctx)
  await seedAttribution(ctx, groups)
  await seedOutput(ctx, artisans, tasks, recordedBy)
  await seedLeave(ctx, artisans, recordedBy)
  log("Seeding wage rules")
  await seedRuleSet(ctx)
  return { publishableKey: key.token, created: ctx.created }
}
