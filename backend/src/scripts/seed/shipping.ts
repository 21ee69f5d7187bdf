import {
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { RegionDTO, SalesChannelDTO, StockLocationDTO } from "@medusajs/framework/types"
import { countCreated, SeedContext } from "./context"
import { REGIONS } from "./regions"

export const STOCK_LOCATION_NAME = "Kolkata workroom"
const FULFILLMENT_SET_NAME = "Dispatch from Kolkata"

/** Flat rates per region in the region's currency (major units): standard, then express. */
const RATES: Record<string, { standard: number; express: number; standardDays: string; expressDays: string }> = {
  India: { standard: 99, express: 249, standardDays: "4-7 working days", expressDays: "1-3 working days" },
  "United States": { standard: 18, express: 42, standardDays: "8-14 working days", expressDays: "3-5 working days" },
  Europe: { standard: 15, express: 38, standardDays: "7-12 working days", expressDays: "3-5 working days" },
}

export async function seedStockLocation(ctx: SeedContext, salesChannel: SalesChannelDTO): Promise<StockLocationDTO> {
  const service = ctx.container.resolve(Modules.STOCK_LOCATION)
  const [existing] = await service.listStockLocations({ name: STOCK_LOCATION_NAME })
  if (existing) return existing
  const { result } = await createStockLocationsWorkflow(ctx.container).run({
    input: {
      locations: [
        {
          name: STOCK_LOCATION_NAME,
          address: { address_1: "Workroom, Tiljala", city: "Kolkata", province: "West Bengal", postal_code: "700039", country_code: "IN" },
        },
      ],
    },
  })
  await linkSalesChannelsToStockLocationWorkflow(ctx.container).run({
    input: { id: result[0].id, add: [salesChannel.id] },
  })
  const link = ctx.container.resolve(ContainerRegistrationKeys.LINK)
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: result[0].id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  countCreated(ctx, "stock locations")
  return result[0]
}

async function defaultShippingProfileId(ctx: SeedContext): Promise<string> {
  const fulfillment = ctx.container.resolve(Modules.FULFILLMENT)
  const [profile] = await fulfillment.listShippingProfiles({ type: "default" })
  if (profile) return profile.id
  const { result } = await createShippingProfilesWorkflow(ctx.container).run({
    input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
  })
  countCreated(ctx, "shipping profiles")
  return result[0].id
}

export async function seedShipping(ctx: SeedContext, location: StockLocationDTO, regions: RegionDTO[]): Promise<void> {
  const fulfillment = ctx.container.resolve(Modules.FULFILLMENT)
  const profileId = await defaultShippingProfileId(ctx)
  let [set] = await fulfillment.listFulfillmentSets({ name: FULFILLMENT_SET_NAME }, { relations: ["service_zones"] })
  if (!set) {
    set = await fulfillment.createFulfillmentSets({
      name: FULFILLMENT_SET_NAME,
      type: "shipping",
      service_zones: REGIONS.map((r) => ({
        name: r.name,
        geo_zones: r.countries.map((country_code) => ({ type: "country" as const, country_code })),
      })),
    })
    const link = ctx.container.resolve(ContainerRegistrationKeys.LINK)
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_set_id: set.id },
    })
    countCreated(ctx, "fulfillment sets")
  }

  const options = await fulfillment.listShippingOptions({}, { relations: ["type"] })
  const toCreate = set.service_zones.flatMap((zone) => {
    const region = regions.find((r) => r.name === zone.name)
    const rate = RATES[zone.name]
    if (!region || !rate) return []
    return (["standard", "express"] as const)
      .filter((kind) => !options.some((o) => o.service_zone_id === zone.id && o.type?.code === kind))
      .map((kind) => ({
        name: kind === "standard" ? `Standard delivery (${rate.standardDays})` : `Express delivery (${rate.expressDays})`,
        price_type: "flat" as const,
        provider_id: "manual_manual",
        service_zone_id: zone.id,
        shipping_profile_id: profileId,
        type: {
          label: kind === "standard" ? "Standard" : "Express",
          description: kind === "standard" ? rate.standardDays : rate.expressDays,
          code: kind,
        },
        prices: [
          { currency_code: region.currency_code, amount: rate[kind] },
          { region_id: region.id, amount: rate[kind] },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
          { attribute: "is_return", value: "false", operator: "eq" as const },
        ],
      }))
  })
  if (toCreate.length) {
    await createShippingOptionsWorkflow(ctx.container).run({ input: toCreate })
    countCreated(ctx, "shipping options", toCreate.length)
  }
}
