import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { CatalogListing } from "@/components/catalog/catalog-listing"
import { CategoryHeader } from "@/components/categories/category-header"
import { BackendUnavailable } from "@/components/common/backend-unavailable"
import { loadCatalog } from "@/lib/data/catalog"
import { getCategoryByHandle } from "@/lib/data/categories"
import { catalogMetadata } from "@/lib/util/catalog-metadata"
import { isPastLastPage, parseCatalogQuery, type SearchParams } from "@/lib/util/catalog-query"
import { categoryAndDescendantIds, isCategoryPath } from "@/lib/util/category-path"
import { marketByCode } from "@/lib/util/markets"

type CategoryPageProps = {
  params: Promise<{ countryCode: string; handle: string[] }>
  searchParams: Promise<SearchParams>
}

/** The category at this path: handles from the top down, e.g. /kantha/kantha-quilts. */
async function loadCategory({ params, searchParams }: CategoryPageProps) {
  const { countryCode, handle: handles } = await params
  const market = marketByCode(countryCode)
  if (!market) notFound()
  const category = await getCategoryByHandle(handles[handles.length - 1] ?? "")
  if (category.ok && (!category.data || !isCategoryPath(category.data, handles))) notFound()
  const path = `/${market.code}/categories/${handles.join("/")}`
  return { market, path, category, query: parseCatalogQuery(await searchParams) }
}

export async function generateMetadata(props: CategoryPageProps): Promise<Metadata> {
  const { path, category, query } = await loadCategory(props)
  if (!category.ok || !category.data) return {}
  return catalogMetadata({ title: category.data.name, description: category.data.description, path, query })
}

export default async function CategoryPage(props: CategoryPageProps) {
  const { market, path, category, query } = await loadCategory(props)
  const page = "mx-auto max-w-7xl px-4 py-10 sm:px-6 lg:px-8"
  if (!category.ok || !category.data) {
    return (
      <div className={page}>
        <BackendUnavailable retryHref={path} />
      </div>
    )
  }

  const catalog = await loadCatalog({ market, query, categoryIds: categoryAndDescendantIds(category.data) })
  if (catalog.products.ok && isPastLastPage(query.page, catalog.products.data.count)) notFound()
  return (
    <div className={page}>
      <CategoryHeader category={category.data} market={market} query={query} />
      <section aria-labelledby="products-heading">
        <h2 id="products-heading" className="sr-only">
          Pieces in {category.data.name}
        </h2>
        <CatalogListing path={path} query={query} catalog={catalog} market={market} />
      </section>
    </div>
  )
}
