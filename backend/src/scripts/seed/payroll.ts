import { WEST_BENGAL_2025 } from "@mukti/wages"
import { ARTISAN_MODULE } from "../../modules/artisan"
import type ArtisanModuleService from "../../modules/artisan/service"
import { countCreated, SeedContext } from "./context"

/** The wage rules the pay runs start from: the West Bengal set shipped with @mukti/wages, as version 1. */
export async function seedRuleSet(ctx: SeedContext): Promise<void> {
  const service: ArtisanModuleService = ctx.container.resolve(ARTISAN_MODULE)
  const [existing] = await service.listRuleSets({ version: 1 }, { select: ["id"] })
  if (existing) return
  await service.createRuleSets([
    {
      version: 1,
      name: WEST_BENGAL_2025.name,
      effective_from: new Date(`${WEST_BENGAL_2025.effective_from}T00:00:00Z`),
      source_note: Object.entries(WEST_BENGAL_2025.sources)
        .map(([rule, source]) => `${rule}: ${source}`)
        .join("\n"),
      rules: WEST_BENGAL_2025 as unknown as Record<string, unknown>,
      created_by: null,
    },
  ])
  countCreated(ctx, "wage rule sets")
}
