import Link from "next/link"
import { type CatalogQuery, catalogHref, pageCount, pageWindow } from "@/lib/util/catalog-query"

type PaginationProps = { path: string; query: CatalogQuery; count: number }

const step = "inline-block rounded-sm px-3 py-2 text-sm font-medium hover:bg-paper hover:text-madder"

/** Previous, page numbers, next: plain links, so each page has its own URL. */
export function Pagination({ path, query, count }: PaginationProps) {
  const pages = pageCount(count)
  if (pages <= 1) return null
  const current = Math.min(query.page, pages)
  return (
    <nav aria-label="Pages" className="mt-12 flex flex-wrap items-center justify-center gap-1">
      {current > 1 && (
        <Link href={catalogHref(path, query, { page: current - 1 })} rel="prev" className={step}>
          <span aria-hidden="true">← </span>Previous
        </Link>
      )}
      <ol className="flex flex-wrap items-center gap-1">
        {pageWindow(current, pages).map((page, index) =>
          page === "gap" ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-2 text-ink-muted">
              …
            </li>
          ) : (
            <li key={page}>
              <Link
                href={catalogHref(path, query, { page })}
                aria-current={page === current ? "page" : undefined}
                aria-label={`Page ${page}`}
                className={`${step} min-w-10 text-center aria-[current=page]:bg-ink aria-[current=page]:text-cloth`}
              >
                {page}
              </Link>
            </li>
          ),
        )}
      </ol>
      {current < pages && (
        <Link href={catalogHref(path, query, { page: current + 1 })} rel="next" className={step}>
          Next<span aria-hidden="true"> →</span>
        </Link>
      )}
    </nav>
  )
}
