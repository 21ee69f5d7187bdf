import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ARTISAN_MODULE } from "../../modules/artisan"
import { PRODUCTS } from "./catalog-data"
import { countCreated, SeedContext } from "./context"
import { GroupHandle, KANTHA_UNIT, KOLKATA_JEWELRY, MUMBAI_JEWELRY } from "./group-data"

/**
 * ProductArtisanGroupLink.entryPoint. The seed cannot import the link file: the
 * test suites import the seed, and a second copy of the link would be
 * registered beside the one the application loads.
 */
const ATTRIBUTION_LINK_ENTITY = "product_artisan_group"

export type Share = { group: GroupHandle; share_percent: number }

// Pieces made partly in each place: the larger share is the group that does most of the hours.
const SHARED: Record<string, Share[]> = {
  "shankha-brass-necklace": [{ group: KOLKATA_JEWELRY, share_percent: 60 }, { group: MUMBAI_JEWELRY, share_percent: 40 }],
  "paisley-drop-earrings": [{ group: MUMBAI_JEWELRY, share_percent: 60 }, { group: KOLKATA_JEWELRY, share_percent: 40 }],
  "hammered-brass-cuff": [{ group: MUMBAI_JEWELRY, share_percent: 60 }, { group: KOLKATA_JEWELRY, share_percent: 40 }],
  // the buttons are covered in kantha by the stitchers, then set as studs by the jewelers
  "kantha-button-studs": [{ group: KOLKATA_JEWELRY, share_percent: 60 }, { group: KANTHA_UNIT, share_percent: 40 }],
}
const MUMBAI_ONLY = new Set(["sea-glass-necklace", "thread-and-bead-bracelet"])

/** Which groups made each catalog product, and each one's share of the work in percent. */
export const ATTRIBUTION: Record<string, Share[]> = Object.fromEntries(
  PRODUCTS.map((product): [string, Share[]] => {
    if (SHARED[product.handle]) return [product.handle, SHARED[product.handle]]
    if (!product.category.startsWith("jewelry")) return [product.handle, [{ group: KANTHA_UNIT, share_percent: 100 }]]
    const group = MUMBAI_ONLY.has(product.handle) ? MUMBAI_JEWELRY : KOLKATA_JEWELRY
    return [product.handle, [{ group, share_percent: 100 }]]
  })
)

/** Links each catalog product to its maker groups, leaving alone any product whose makers are already set. */
export async function seedAttribution(ctx: SeedContext, groups: Map<GroupHandle, string>): Promise<void> {
  const products = await ctx.container
    .resolve(Modules.PRODUCT)
    .listProducts({ handle: Object.keys(ATTRIBUTION) }, { select: ["id", "handle"], take: 500 })
  if (!products.length) return
  const query = ctx.container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: ATTRIBUTION_LINK_ENTITY,
    fields: ["product_id"],
    filters: { product_id: products.map((p) => p.id) },
  })
  const attributed = new Set(links.map((l: { product_id: string }) => l.product_id))
  const rows = products
    .filter((p) => !attributed.has(p.id))
    .flatMap((p) =>
      ATTRIBUTION[p.handle].map((share) => ({
        [Modules.PRODUCT]: { product_id: p.id },
        [ARTISAN_MODULE]: { artisan_group_id: groups.get(share.group)! },
        data: { share_percent: share.share_percent },
      }))
    )
  if (rows.length) await ctx.container.resolve(ContainerRegistrationKeys.LINK).create(rows)
  countCreated(ctx, "maker attributions", rows.length)
}
