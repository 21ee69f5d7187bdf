import { Table } from "@medusajs/ui"

type PagerProps = { count: number; page: number; pageSize: number; onPage: (page: number) => void }

/** Medusa's table pagination driven by a zero-based page number. */
export const Pager = ({ count, page, pageSize, onPage }: PagerProps) => {
  const pageCount = Math.max(1, Math.ceil(count / pageSize))
  return (
    <Table.Pagination
      count={count}
      pageSize={pageSize}
      pageIndex={page}
      pageCount={pageCount}
      canPreviousPage={page > 0}
      canNextPage={page + 1 < pageCount}
      previousPage={() => onPage(page - 1)}
      nextPage={() => onPage(page + 1)}
    />
  )
}
