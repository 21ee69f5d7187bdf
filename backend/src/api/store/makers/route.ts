import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { impactByGroup, presentGroup, productIdsByGroup, publicGroups } from "./public-makers"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const groups = await publicGroups(req.scope)
  const ids = groups.map((g) => g.id)
  const [impact, products] = await Promise.all([impactByGroup(req.scope, ids), productIdsByGroup(req.scope, ids)])
  res.json({
    makers: groups.map((g) => ({
      ...presentGroup(g),
      impact: impact.get(g.id),
      product_count: products.get(g.id)?.length ?? 0,
    })),
  })
}
