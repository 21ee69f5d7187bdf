import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { CatalogListing } from "@/components/catalog/catalog-listing"
import { CategoryChips } from "@/components/categories/category-chips"
import { SectionHeading } from "@/components/common/section-heading"
import { loadCatalog } from "@/lib/data/catalog"
import { listTopCategories } from "@/lib/data/categories"
import { catalogMetadata } from "@/lib/util/catalog-metadata"
import { isPastLastPage, parseCatalogQuery, type SearchParams } from "@/lib/util/catalog-query"
import { marketByCode } from "@/lib/util/markets"

type StorePageProps = {
  params: Promise<{ countryCode: string }>
  searchParams: Promise<SearchParams>
}

async function loadQuery({ params, searchParams }: StorePageProps) {
  const { countryCode } = await params
  const market = marketByCode(countryCode)
  if (!market) notFound()
  return { market, path: `/${market.code}/store`, query: parseCatalogQuery(await searchParams) }
}

export async function generateMetadata(props: StorePageProps): Promise<Metadata> {
  const { path, query } = await loadQuery(props)
  return catalogMetadata({
    title: query.q ? `Search: ${query.q}` : "The whole collection",
    description:
      "Every sari, kantha quilt and piece of jewelry in the shop, handmade in Kolkata and Mumbai by women artisans paid a fair wage.",
    path,
    query,
  })
}

export default async function StorePage(props: StorePageProps) {
  const { market, path, query } = await loadQuery(props)
  const [catalog, categories] = await Promise.all([loadCatalog({ market, query }), listTopCategories()])
  if (catalog.products.ok && isPastLastPage(query.page, catalog.products.data.count)) notFound()
  return (
    <div className="mx-auto max-w-7xl px-4 py-10 sm:px-6 lg:px-8">
      <div className="mb-8 space-y-6">
        <SectionHeading id="store-heading" eyebrow="Shop" title="The whole collection" level={1} />
        <CategoryChips
          label="Categories"
          categories={categories.ok ? categories.data : []}
          countryCode={market.code}
          query={query}
        />
      </div>
      <section aria-labelledby="pieces-heading">
        <h2 id="pieces-heading" className="sr-only">
          Pieces in the shop
        </h2>
        <CatalogListing path={path} query={query} catalog={catalog} market={market} />
      </section>
    </div>
  )
}
