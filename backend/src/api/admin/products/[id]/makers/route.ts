import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { Modules } from "@medusajs/framework/utils"
import { ARTISAN_MODULE } from "../../../../../modules/artisan"
import type ArtisanModuleService from "../../../../../modules/artisan/service"
import { currentAttribution } from "../../../../../workflows/steps/replace-product-attribution"
import { setProductAttributionWorkflow } from "../../../../../workflows/set-product-attribution"
import type { SetAttributionBody } from "./validators"

async function attributionOf(req: AuthenticatedMedusaRequest, productId: string) {
  const shares = await currentAttribution(req.scope, productId)
  const service: ArtisanModuleService = req.scope.resolve(ARTISAN_MODULE)
  const groups = shares.length
    ? await service.listArtisanGroups({ id: shares.map((s) => s.artisan_group_id) }, { select: ["id", "name", "handle"] })
    : []
  return shares.map((s) => ({ ...s, artisan_group: groups.find((g) => g.id === s.artisan_group_id) ?? null }))
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await req.scope.resolve(Modules.PRODUCT).retrieveProduct(req.params.id, { select: ["id"] })
  res.json({ makers: await attributionOf(req, req.params.id) })
}

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof SetAttributionBody>>, res: MedusaResponse) {
  await setProductAttributionWorkflow(req.scope).run({ input: { product_id: req.params.id, shares: req.validatedBody.shares } })
  res.json({ makers: await attributionOf(req, req.params.id) })
}
