import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ARTISAN_MODULE } from "../../modules/artisan"
import type ArtisanModuleService from "../../modules/artisan/service"
import ProductArtisanGroupLink from "../../links/product-artisan-group"

export type AttributionShare = { artisan_group_id: string; share_percent: number }
export type AttributionInput = { product_id: string; shares: AttributionShare[] }

export async function currentAttribution(container: MedusaContainer, productId: string): Promise<AttributionShare[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: ProductArtisanGroupLink.entryPoint,
    fields: ["artisan_group_id", "share_percent"],
    filters: { product_id: productId },
  })
  return data.map((row: { artisan_group_id: string; share_percent: number }) => ({
    artisan_group_id: row.artisan_group_id,
    share_percent: Number(row.share_percent),
  }))
}

async function writeAttribution(container: MedusaContainer, productId: string, from: AttributionShare[], to: AttributionShare[]) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const pair = (groupId: string) => ({
    [Modules.PRODUCT]: { product_id: productId },
    [ARTISAN_MODULE]: { artisan_group_id: groupId },
  })
  if (from.length) await link.dismiss(from.map((s) => pair(s.artisan_group_id)))
  if (to.length) await link.create(to.map((s) => ({ ...pair(s.artisan_group_id), data: { share_percent: s.share_percent } })))
}

export const checkAttributionStep = createStep("check-product-attribution", async (input: AttributionInput, { container }) => {
  const [product] = await container.resolve(Modules.PRODUCT).listProducts({ id: input.product_id }, { select: ["id"] })
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No product with id ${input.product_id}.`)
  const ids = input.shares.map((s) => s.artisan_group_id)
  const service: ArtisanModuleService = container.resolve(ARTISAN_MODULE)
  const groups = await service.listArtisanGroups({ id: ids }, { select: ["id"] })
  const missing = ids.filter((id) => !groups.some((g) => g.id === id))
  if (missing.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `No artisan group with id ${missing.join(", ")}.`)
  return new StepResponse(true)
})

/** Replaces a product's maker groups and shares; compensation puts the old ones back. */
export const replaceProductAttributionStep = createStep(
  "replace-product-attribution",
  async (input: AttributionInput, { container }) => {
    const previous = await currentAttribution(container, input.product_id)
    await writeAttribution(container, input.product_id, previous, input.shares)
    return new StepResponse(input.shares, { product_id: input.product_id, previous, written: input.shares })
  },
  async (undo, { container }) => {
    if (undo) await writeAttribution(container, undo.product_id, undo.written, undo.previous)
  }
)
