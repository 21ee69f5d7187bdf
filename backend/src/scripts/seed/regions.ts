import { createRegionsWorkflow, createTaxRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import type { RegionDTO } from "@medusajs/framework/types"
import { countCreated, SeedContext } from "./context"

export type RegionSeed = {
  name: string
  currency_code: string
  countries: string[]
  /** Standard VAT/GST rate per country, in percent; absent where tax is not collected at checkout. */
  taxRates: Record<string, number>
}

export const REGIONS: RegionSeed[] = [
  // GST on handloom textiles and most handicrafts is 5% (HSN chapters 50-63); a single rate keeps the demo honest.
  { name: "India", currency_code: "inr", countries: ["in"], taxRates: { in: 5 } },
  // US sales tax depends on the buyer's state and is settled outside Medusa's checkout here.
  { name: "United States", currency_code: "usd", countries: ["us"], taxRates: {} },
  {
    name: "Europe",
    currency_code: "eur",
    countries: ["de", "fr", "it", "es", "nl", "be", "at", "ie", "pt", "fi"],
    taxRates: { de: 19, fr: 20, it: 22, es: 21, nl: 21, be: 21, at: 20, ie: 23, pt: 23, fi: 25.5 },
  },
]

export function paymentProviders(): string[] {
  return process.env.STRIPE_API_KEY ? ["pp_system_default", "pp_stripe_stripe"] : ["pp_system_default"]
}

export async function seedRegions(ctx: SeedContext): Promise<RegionDTO[]> {
  const regionService = ctx.container.resolve(Modules.REGION)
  const taxService = ctx.container.resolve(Modules.TAX)
  const existing = await regionService.listRegions({}, { relations: ["countries"] })
  const missing = REGIONS.filter((r) => !existing.some((e) => e.name === r.name))
  if (missing.length) {
    ctx.log(`Creating regions: ${missing.map((r) => r.name).join(", ")}`)
    await createRegionsWorkflow(ctx.container).run({
      input: {
        regions: missing.map((r) => ({
          name: r.name,
          currency_code: r.currency_code,
          countries: r.countries,
          payment_providers: paymentProviders(),
          automatic_taxes: true,
        })),
      },
    })
    countCreated(ctx, "regions", missing.length)
  }

  const taxRegions = (await taxService.listTaxRegions({})).filter((t) => !t.parent_id)
  const countries = REGIONS.flatMap((r) => r.countries.map((c) => ({ country: c, rate: r.taxRates[c] })))
  const missingTax = countries.filter((c) => !taxRegions.some((t) => t.country_code === c.country))
  if (missingTax.length) {
    await createTaxRegionsWorkflow(ctx.container).run({
      input: missingTax.map(({ country, rate }) => ({
        country_code: country,
        provider_id: "tp_system",
        ...(rate !== undefined
          ? { default_tax_rate: { name: `Standard ${country.toUpperCase()}`, code: `std-${country}`, rate } }
          : {}),
      })),
    })
    countCreated(ctx, "tax regions", missingTax.length)
  }
  const all = await regionService.listRegions({}, { relations: ["countries"] })
  return all.filter((r) => REGIONS.some((seed) => seed.name === r.name))
}
