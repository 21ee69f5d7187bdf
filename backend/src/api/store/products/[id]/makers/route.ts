import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { currentAttribution } from "../../../../../workflows/steps/replace-product-attribution"
import { consentedMakers, presentGroup, publicGroups } from "../../../makers/public-makers"

/** The maker groups of a product with their share of the work and the makers who chose to be named. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const shares = await currentAttribution(req.scope, req.params.id)
  const groups = shares.length ? await publicGroups(req.scope, { id: shares.map((s) => s.artisan_group_id) }) : []
  const makers = await consentedMakers(req.scope, groups.map((g) => g.id))
  res.json({
    makers: groups.map((g) => ({
      ...presentGroup(g),
      share_percent: shares.find((s) => s.artisan_group_id === g.id)!.share_percent,
      artisans: (makers.get(g.id) ?? []).map((m) => ({ display_name: m.display_name })),
    })),
  })
}
