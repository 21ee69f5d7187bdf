import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { BackendUnavailable } from "@/components/common/backend-unavailable"
import { Breadcrumbs, type Crumb } from "@/components/common/breadcrumbs"
import { ProductDetails } from "@/components/products/product-details"
import { ProductGallery } from "@/components/products/product-gallery"
import { VariantPicker } from "@/components/products/variant-picker"
import { listTopCategories } from "@/lib/data/categories"
import { getProductByHandle } from "@/lib/data/products"
import { getMarketRegion } from "@/lib/data/regions"
import { categoryHref, categoryTrail, findInCategoryTree } from "@/lib/util/category-path"
import { marketByCode } from "@/lib/util/markets"
import { productOptionChoices } from "@/lib/util/product-options"

type ProductPageProps = { params: Promise<{ countryCode: string; handle: string }> }

async function loadProduct(params: ProductPageProps["params"]) {
  const { countryCode, handle } = await params
  const market = marketByCode(countryCode)
  if (!market) notFound()
  const region = await getMarketRegion(market)
  const product = region.ok ? await getProductByHandle(handle, region.data.id) : region
  return { market, handle, product }
}

export async function generateMetadata({ params }: ProductPageProps): Promise<Metadata> {
  const { market, handle, product } = await loadProduct(params)
  if (!product.ok || !product.data) return {}
  const { title, subtitle, description, thumbnail } = product.data
  return {
    title,
    description: subtitle ?? description?.slice(0, 160),
    alternates: { canonical: `/${market.code}/products/${handle}` },
    openGraph: { title, type: "website", images: thumbnail ? [{ url: thumbnail }] : [] },
  }
}

export default async function ProductPage({ params }: ProductPageProps) {
  const { market, handle, product } = await loadProduct(params)
  const page = "mx-auto max-w-7xl px-4 py-10 sm:px-6 lg:px-8"
  if (!product.ok) {
    return (
      <div className={page}>
        <BackendUnavailable retryHref={`/${market.code}/products/${handle}`} />
      </div>
    )
  }
  if (!product.data) notFound()

  const { title, subtitle, images, variants, categories } = product.data
  const tree = await listTopCategories()
  const category = tree.ok && categories?.[0] ? findInCategoryTree(tree.data, categories[0].id) : undefined
  const crumbs: Crumb[] = [
    { label: "Home", href: `/${market.code}` },
    ...(category ? categoryTrail(category) : []).map((c) => ({ label: c.name, href: categoryHref(market.code, c) })),
    { label: title },
  ]

  return (
    <div className={page}>
      <Breadcrumbs items={crumbs} />
      <div className="mt-6 grid gap-10 lg:grid-cols-2 lg:gap-16">
        <ProductGallery title={title} images={images ?? []} />
        <div className="space-y-8 lg:sticky lg:top-8 lg:self-start">
          <div>
            <h1 className="font-display text-4xl font-medium tracking-tight">{title}</h1>
            {subtitle && <p className="mt-2 text-lg text-ink-muted">{subtitle}</p>}
          </div>
          <VariantPicker
            options={productOptionChoices(product.data)}
            variants={variants ?? []}
            locale={market.locale}
            marketName={market.name}
          />
          <ProductDetails product={product.data} />
        </div>
      </div>
    </div>
  )
}
