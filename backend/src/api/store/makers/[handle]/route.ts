import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { consentedMakers, impactByGroup, presentGroup, productIdsByGroup, publicGroups } from "../public-makers"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const [group] = await publicGroups(req.scope, { handle: req.params.handle })
  if (!group) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No maker group called ${req.params.handle}.`)
  const [artisans, impact, products] = await Promise.all([
    consentedMakers(req.scope, [group.id]),
    impactByGroup(req.scope, [group.id]),
    productIdsByGroup(req.scope, [group.id]),
  ])
  res.json({
    maker: {
      ...presentGroup(group),
      story: group.story,
      artisans: artisans.get(group.id),
      impact: impact.get(group.id),
      product_ids: products.get(group.id),
    },
  })
}
