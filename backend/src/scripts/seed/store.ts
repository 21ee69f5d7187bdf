import {
  createApiKeysWorkflow,
  createSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import type { ApiKeyDTO, RegionDTO, SalesChannelDTO } from "@medusajs/framework/types"
import { countCreated, SeedContext } from "./context"

export const STORE_NAME = "Mukti Market"
export const SALES_CHANNEL_NAME = "Default Sales Channel"
export const PUBLISHABLE_KEY_TITLE = "Mukti storefront"

export async function seedSalesChannel(ctx: SeedContext): Promise<SalesChannelDTO> {
  const service = ctx.container.resolve(Modules.SALES_CHANNEL)
  const [existing] = await service.listSalesChannels({ name: SALES_CHANNEL_NAME })
  if (existing) return existing
  const { result } = await createSalesChannelsWorkflow(ctx.container).run({
    input: { salesChannelsData: [{ name: SALES_CHANNEL_NAME, description: "The Mukti Market web shop" }] },
  })
  countCreated(ctx, "sales channels")
  return result[0]
}

export async function seedStoreSettings(
  ctx: SeedContext,
  salesChannel: SalesChannelDTO,
  defaultRegion: RegionDTO
): Promise<void> {
  const service = ctx.container.resolve(Modules.STORE)
  const [store] = await service.listStores({}, { relations: ["supported_currencies"] })
  const currencies = (store.supported_currencies ?? []).map((c) => c.currency_code).sort()
  const settled =
    store.name === STORE_NAME &&
    store.default_sales_channel_id === salesChannel.id &&
    store.default_region_id === defaultRegion.id &&
    currencies.join(",") === "eur,inr,usd"
  if (settled) return
  await updateStoresWorkflow(ctx.container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: STORE_NAME,
        supported_currencies: [
          { currency_code: "inr", is_default: true },
          { currency_code: "usd" },
          { currency_code: "eur" },
        ],
        default_sales_channel_id: salesChannel.id,
        default_region_id: defaultRegion.id,
      },
    },
  })
  countCreated(ctx, "store settings")
}

export async function seedPublishableKey(ctx: SeedContext, salesChannel: SalesChannelDTO): Promise<ApiKeyDTO> {
  const service = ctx.container.resolve(Modules.API_KEY)
  const [existing] = await service.listApiKeys({ title: PUBLISHABLE_KEY_TITLE, type: "publishable" })
  if (existing) return existing
  const { result } = await createApiKeysWorkflow(ctx.container).run({
    input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "seed" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(ctx.container).run({
    input: { id: result[0].id, add: [salesChannel.id] },
  })
  countCreated(ctx, "publishable keys")
  return result[0]
}
