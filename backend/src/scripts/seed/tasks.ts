import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ARTISAN_MODULE } from "../../modules/artisan"
import type ArtisanModuleService from "../../modules/artisan/service"
import { dateFromIso, isoFromDate } from "../../lib/dates"
import { countCreated, SeedContext } from "./context"
import { TASK_CODES, TASKS } from "./task-data"

/** The variant a product-specific task makes: the product's first colour and size. */
async function firstVariantByHandle(ctx: SeedContext, handles: string[]): Promise<Map<string, string>> {
  if (!handles.length) return new Map()
  const query = ctx.container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["handle", "variants.id", "variants.sku"],
    filters: { handle: handles },
  })
  const first = new Map<string, string>()
  for (const product of products) {
    const [variant] = [...(product.variants ?? [])].sort((a, b) => (a?.sku ?? "").localeCompare(b?.sku ?? ""))
    if (variant) first.set(product.handle, variant.id)
  }
  return first
}

export async function seedTasks(ctx: SeedContext): Promise<Map<string, string>> {
  const service: ArtisanModuleService = ctx.container.resolve(ARTISAN_MODULE)
  const existing = await service.listTasks({ code: TASK_CODES }, { select: ["id", "code"] })
  const missing = TASKS.filter((t) => !existing.some((e) => e.code === t.code))
  const variants = await firstVariantByHandle(ctx, missing.flatMap((t) => (t.product_handle ? [t.product_handle] : [])))
  const created = missing.length
    ? await service.createTasks(
        missing.map((t) => ({
          code: t.code,
          name: t.name,
          description: t.description,
          product_variant_id: (t.product_handle && variants.get(t.product_handle)) || null,
          is_active: true,
        }))
      )
    : []
  countCreated(ctx, "tasks", created.length)
  const ids = new Map([...existing, ...created].map((t) => [t.code, t.id]))

  const rates = await service.listPieceRates({ task_id: [...ids.values()] }, { select: ["task_id", "effective_from"] })
  const have = new Set(rates.map((r) => `${r.task_id}|${isoFromDate(r.effective_from)}`))
  const newRates = TASKS.flatMap((t) =>
    t.rates
      .filter((r) => !have.has(`${ids.get(t.code)}|${r.effective_from}`))
      .map((r) => ({ ...r, task_id: ids.get(t.code)!, effective_from: dateFromIso(r.effective_from) }))
  )
  if (newRates.length) await service.createPieceRates(newRates)
  countCreated(ctx, "piece rates", newRates.length)
  return ids
}
