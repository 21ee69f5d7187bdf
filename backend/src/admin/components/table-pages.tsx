import { Table } from "@medusajs/ui"

type TablePagesProps = { count: number; pageSize: number; pageIndex: number; onPage: (pageIndex: number) => void }

/** The page switcher under a paged table, in the dashboard's own style. */
export const TablePages = ({ count, pageSize, pageIndex, onPage }: TablePagesProps) => {
  const pageCount = Math.max(1, Math.ceil(count / pageSize))
  return (
    <Table.Pagination
      count={count}
      pageSize={pageSize}
      pageIndex={pageIndex}
      pageCount={pageCount}
      canPreviousPage={pageIndex > 0}
      canNextPage={pageIndex < pageCount - 1}
      previousPage={() => onPage(pageIndex - 1)}
      nextPage={() => onPage(pageIndex + 1)}
    />
  )
}
