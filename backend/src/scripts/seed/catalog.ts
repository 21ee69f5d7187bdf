import {
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import type { ProductCategoryDTO, SalesChannelDTO, StockLocationDTO } from "@medusajs/framework/types"
import { CATEGORIES, CategorySeed, PRODUCTS, ProductSeed } from "./catalog-data"
import { countCreated, SeedContext } from "./context"
import { drawProductImage } from "./pattern-image"

const GALLERY_VIEWS = 2

export async function seedCategories(ctx: SeedContext): Promise<Map<string, string>> {
  const service = ctx.container.resolve(Modules.PRODUCT)
  const ids = new Map<string, string>()
  const ensure = async (seeds: CategorySeed[], parentId: string | null): Promise<void> => {
    for (const [rank, seed] of seeds.entries()) {
      let [category]: ProductCategoryDTO[] = await service.listProductCategories({ handle: seed.handle })
      if (!category) {
        const { result } = await createProductCategoriesWorkflow(ctx.container).run({
          input: {
            product_categories: [
              { name: seed.name, handle: seed.handle, description: seed.description, is_active: true, rank, parent_category_id: parentId },
            ],
          },
        })
        category = result[0]
        countCreated(ctx, "categories")
      }
      ids.set(seed.handle, category.id)
      if (seed.children) await ensure(seed.children, category.id)
    }
  }
  await ensure(CATEGORIES, null)
  return ids
}

async function uploadImages(ctx: SeedContext, product: ProductSeed): Promise<string[]> {
  const files = Array.from({ length: GALLERY_VIEWS }, (_, view) => ({
    filename: `${product.handle}-${view + 1}.png`,
    mimeType: "image/png",
    content: drawProductImage(product.handle, product.motif, product.palette, view).toString("base64"),
    access: "public" as const,
  }))
  const { result } = await uploadFilesWorkflow(ctx.container).run({ input: { files } })
  return result.map((f) => f.url)
}

function variantsOf(product: ProductSeed) {
  return product.colours.flatMap((colour, c) =>
    product.sizes.map((size, s) => ({
      title: `${colour} / ${size.name}`,
      sku: `${product.handle}-${c + 1}-${s + 1}`.toUpperCase(),
      options: { Colour: colour, [product.sizeTitle]: size.name },
      manage_inventory: true,
      prices: [
        { currency_code: "inr", amount: size.prices.inr },
        { currency_code: "usd", amount: size.prices.usd },
        { currency_code: "eur", amount: size.prices.eur },
      ],
    }))
  )
}

/** A stock figure that is stable per SKU, so re-seeding and tests see the same numbers. */
function stockFor(sku: string): number {
  let h = 0
  for (const ch of sku) h = (h * 31 + ch.charCodeAt(0)) % 997
  return 4 + (h % 37)
}

export async function seedProducts(
  ctx: SeedContext,
  categories: Map<string, string>,
  salesChannel: SalesChannelDTO,
  location: StockLocationDTO
): Promise<void> {
  const service = ctx.container.resolve(Modules.PRODUCT)
  const existing = await service.listProducts({ handle: PRODUCTS.map((p) => p.handle) }, { select: ["handle"] })
  const have = new Set(existing.map((p) => p.handle))
  const missing = PRODUCTS.filter((p) => !have.has(p.handle))
  if (!missing.length) return
  const [profile] = await ctx.container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" })

  for (const [i, product] of missing.entries()) {
    ctx.log(`Seeding product ${i + 1} of ${missing.length}: ${product.title}`)
    const images = await uploadImages(ctx, product)
    const { result } = await createProductsWorkflow(ctx.container).run({
      input: {
        products: [
          {
            title: product.title,
            subtitle: product.subtitle,
            handle: product.handle,
            description: product.description,
            status: ProductStatus.PUBLISHED,
            material: product.material,
            weight: product.weight,
            origin_country: "in",
            thumbnail: images[0],
            images: images.map((url) => ({ url })),
            category_ids: [categories.get(product.category)!],
            shipping_profile_id: profile?.id,
            options: [
              { title: "Colour", values: product.colours },
              { title: product.sizeTitle, values: product.sizes.map((s) => s.name) },
            ],
            variants: variantsOf(product),
            sales_channels: [{ id: salesChannel.id }],
          },
        ],
      },
    })
    await stockProduct(ctx, result[0].id, location)
  }
  countCreated(ctx, "products", missing.length)
}

async function stockProduct(ctx: SeedContext, productId: string, location: StockLocationDTO): Promise<void> {
  const query = ctx.container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["sku", "inventory_items.inventory_item_id"],
    filters: { product_id: productId },
  })
  const levels = variants.flatMap((v) =>
    (v.inventory_items ?? []).map((item) => ({
      inventory_item_id: item!.inventory_item_id,
      location_id: location.id,
      stocked_quantity: stockFor(v.sku ?? ""),
    }))
  )
  if (levels.length) await createInventoryLevelsWorkflow(ctx.container).run({ input: { inventory_levels: levels } })
}
