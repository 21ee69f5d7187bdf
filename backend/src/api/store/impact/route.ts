import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { impactByGroup, publicGroups } from "../makers/public-makers"

/** Totals across the public maker groups: never a figure about one person. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const groups = await publicGroups(req.scope)
  const impact = await impactByGroup(req.scope, groups.map((g) => g.id))
  let artisans_employed = 0
  let hours_this_year = 0
  for (const figures of impact.values()) {
    artisans_employed += figures.artisans_employed
    hours_this_year += figures.hours_this_year
  }
  res.json({ impact: { groups: groups.length, artisans_employed, hours_this_year } })
}
