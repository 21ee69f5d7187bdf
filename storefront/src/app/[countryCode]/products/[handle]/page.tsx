import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { BackendUnavailable } from "@/components/common/backend-unavailable"
import { Breadcrumbs, type Crumb } from "@/components/common/breadcrumbs"
import { MadeBy } from "@/components/products/made-by"
import { ProductDetails } from "@/components/products/product-details"
import { ProductGallery } from "@/components/products/product-gallery"
import { RelatedProducts } from "@/components/products/related-products"
import { VariantPicker } from "@/components/products/variant-picker"
import { JsonLd } from "@/components/seo/json-ld"
import { listTopCategories } from "@/lib/data/categories"
import { getProductByHandle } from "@/lib/data/products"
import { getMarketRegion } from "@/lib/data/regions"
import { getProductMakers } from "@/lib/data/related-products"
import { categoryHref, categoryTrail, findInCategoryTree } from "@/lib/util/category-path"
import { marketByCode } from "@/lib/util/markets"
import { pageMetadata } from "@/lib/util/page-metadata"
import { productJsonLd } from "@/lib/util/product-json-ld"
import { productOptionChoices } from "@/lib/util/product-options"
import { absoluteUrl } from "@/lib/util/site-url"

type ProductPageProps = { params: Promise<{ countryCode: string; handle: string }> }

async function loadProduct(params: ProductPageProps["params"]) {
  const { countryCode, handle } = await params
  const market = marketByCode(countryCode)
  if (!market) notFound()
  const region = await getMarketRegion(market)
  const product = region.ok ? await getProductByHandle(handle, region.data.id) : region
  if (product.ok && !product.data) notFound()
  return { market, handle, path: `/${market.code}/products/${handle}`, region, product }
}

export async function generateMetadata({ params }: ProductPageProps): Promise<Metadata> {
  const { path, product } = await loadProduct(params)
  if (!product.ok || !product.data) return {}
  const { title, subtitle, description, thumbnail } = product.data
  return pageMetadata({ title, description: subtitle || description, path, image: thumbnail })
}

export default async function ProductPage({ params }: ProductPageProps) {
  const { market, path, region, product } = await loadProduct(params)
  const page = "mx-auto max-w-7xl px-4 py-10 sm:px-6 lg:px-8"
  if (!product.ok || !product.data || !region.ok) {
    return (
      <div className={page}>
        <BackendUnavailable retryHref={path} />
      </div>
    )
  }

  const { id, title, subtitle, images, variants, categories } = product.data
  const [tree, { makers, related }] = await Promise.all([listTopCategories(), getProductMakers(id, region.data.id)])
  const category = tree.ok && categories?.[0] ? findInCategoryTree(tree.data, categories[0].id) : undefined
  const crumbs: Crumb[] = [
    { label: "Home", href: `/${market.code}` },
    ...(category ? categoryTrail(category) : []).map((c) => ({ label: c.name, href: categoryHref(market.code, c) })),
    { label: title },
  ]
  const structuredData = productJsonLd({
    product: product.data,
    url: absoluteUrl(path),
    makerNames: makers.map((maker) => maker.name),
  })

  return (
    <div className={page}>
      <JsonLd data={structuredData} />
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
          <MadeBy makers={makers} market={market} />
        </div>
      </div>
      {related && <RelatedProducts products={related.products} makerName={related.makerName} market={market} />}
    </div>
  )
}
