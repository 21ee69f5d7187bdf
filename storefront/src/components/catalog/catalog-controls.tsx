import type { MakerListItem } from "@/lib/data/makers"
import { CATALOG_SORTS, type CatalogQuery, SORT_LABELS } from "@/lib/util/catalog-query"

type CatalogControlsProps = {
  /** The page the form submits to: the catalogue or a category. */
  action: string
  query: CatalogQuery
  makers: MakerListItem[]
}

const field = "w-full rounded-sm border border-ink-muted bg-cloth px-3 py-2 text-sm"
const label = "mb-1 block text-sm font-medium"

/** Search, maker and sort as one plain GET form: it works before, and without, any JavaScript. */
export function CatalogControls({ action, query, makers }: CatalogControlsProps) {
  return (
    <form
      action={action}
      method="get"
      role="search"
      aria-label="Find pieces"
      className="grid gap-4 rounded-md border border-thread bg-paper p-4 sm:grid-cols-2 lg:grid-cols-[2fr_1.5fr_1.5fr_auto] lg:items-end"
    >
      <div className="sm:col-span-2 lg:col-span-1">
        <label htmlFor="catalog-q" className={label}>
          Search
        </label>
        <input id="catalog-q" type="search" name="q" defaultValue={query.q} maxLength={100} className={field} />
      </div>
      <div>
        <label htmlFor="catalog-maker" className={label}>
          Made by
        </label>
        <select id="catalog-maker" name="maker" defaultValue={query.maker} className={field}>
          <option value="">Every workshop</option>
          {makers.map((maker) => (
            <option key={maker.id} value={maker.handle}>
              {maker.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="catalog-sort" className={label}>
          Sort
        </label>
        <select id="catalog-sort" name="sort" defaultValue={query.sort} className={field}>
          {CATALOG_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {SORT_LABELS[sort]}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="rounded-sm bg-madder px-5 py-2 text-sm font-semibold text-cloth hover:bg-madder-deep sm:col-span-2 lg:col-span-1"
      >
        Show pieces
      </button>
    </form>
  )
}
