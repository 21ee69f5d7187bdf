import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { BackendUnavailable } from "@/components/common/backend-unavailable"
import { CategoryHeader } from "@/components/categories/category-header"
import { ProductResults } from "@/components/products/product-results"
import { getCategoryByHandle } from "@/lib/data/categories"
import { listProducts } from "@/lib/data/products"
import { getMarketRegion } from "@/lib/data/regions"
import { categoryAndDescendantIds, isCategoryPath } from "@/lib/util/category-path"
import { marketByCode } from "@/lib/util/markets"

type CategoryPageProps = { params: Promise<{ countryCode: string; handle: string[] }> }

/** The category at this path: handles from the top down, e.g. /kantha/kantha-quilts. */
async function loadCategory(params: CategoryPageProps["params"]) {
  const { countryCode, handle: handles } = await params
  const market = marketByCode(countryCode)
  if (!market) notFound()
  const category = await getCategoryByHandle(handles[handles.length - 1] ?? "")
  if (category.ok && (!category.data || !isCategoryPath(category.data, handles))) notFound()
  return { market, handles, category }
}

export async function generateMetadata({ params }: CategoryPageProps): Promise<Metadata> {
  const { market, handles, category } = await loadCategory(params)
  if (!category.ok || !category.data) return {}
  return {
    title: category.data.name,
    description: category.data.description || undefined,
    alternates: { canonical: `/${market.code}/categories/${handles.join("/")}` },
  }
}

export default async function CategoryPage({ params }: CategoryPageProps) {
  const { market, handles, category } = await loadCategory(params)
  const here = `/${market.code}/categories/${handles.join("/")}`
  const page = "mx-auto max-w-7xl px-4 py-10 sm:px-6 lg:px-8"
  if (!category.ok || !category.data) {
    return (
      <div className={page}>
        <BackendUnavailable retryHref={here} />
      </div>
    )
  }

  const region = await getMarketRegion(market)
  const products = region.ok
    ? await listProducts({ regionId: region.data.id, categoryIds: categoryAndDescendantIds(category.data) })
    : region

  return (
    <div className={page}>
      <CategoryHeader category={category.data} market={market} />
      <section aria-labelledby="products-heading">
        <h2 id="products-heading" className="sr-only">
          Pieces in {category.data.name}
        </h2>
        <ProductResults result={products} market={market} retryHref={here} eagerCount={2} />
      </section>
    </div>
  )
}
