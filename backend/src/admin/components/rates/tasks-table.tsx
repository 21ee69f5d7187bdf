import { Badge, Input, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { formatDay, formatMinutes, formatPaise, todayInIst } from "../../lib/format"
import { useTasks } from "../../lib/piece-rates"
import { currentAndNext } from "../../lib/rate-history"
import { messageOf } from "../../lib/sdk"
import { TablePages } from "../table-pages"

const PAGE_SIZE = 50

/** Every task with the rate in force today and the next change, searchable by code or name. */
export const TasksTable = () => {
  const [search, setSearch] = useState("")
  const [pageIndex, setPageIndex] = useState(0)
  const navigate = useNavigate()
  const { data, error, isLoading } = useTasks({ q: search.trim() || undefined, limit: PAGE_SIZE, offset: pageIndex * PAGE_SIZE })
  const today = todayInIst()
  const tasks = data?.tasks ?? []
  const count = data?.count ?? 0

  return (
    <div>
      <div className="flex justify-end px-6 py-3">
        <Input
          type="search"
          size="small"
          aria-label="Search tasks"
          placeholder="Search by code or name"
          value={search}
          onChange={(e) => {
            setSearch(e.target.value)
            setPageIndex(0)
          }}
          className="max-w-[260px]"
        />
      </div>
      {error && <Text className="text-ui-fg-error px-6 py-4">{messageOf(error)}</Text>}
      {isLoading && <Text className="text-ui-fg-subtle px-6 py-4">Loading tasks…</Text>}
      {data && !tasks.length && <Text className="text-ui-fg-subtle px-6 py-4">No task matches that search.</Text>}
      {tasks.length > 0 && (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Code</Table.HeaderCell>
                <Table.HeaderCell>Task</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Rate in force</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Standard time</Table.HeaderCell>
                <Table.HeaderCell>Since</Table.HeaderCell>
                <Table.HeaderCell>Next change</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {tasks.map((task) => {
                const { current, next } = currentAndNext(task.rates, today)
                return (
                  <Table.Row key={task.id} className="cursor-pointer" onClick={() => navigate(`/rates/${task.id}`)}>
                    <Table.Cell className="font-medium">
                      <Link to={`/rates/${task.id}`} className="hover:underline" onClick={(e) => e.stopPropagation()}>
                        {task.code}
                      </Link>
                    </Table.Cell>
                    <Table.Cell>
                      <span className="inline-flex items-center gap-x-2">
                        {task.name}
                        {!task.is_active && <Badge size="2xsmall">Inactive</Badge>}
                      </span>
                    </Table.Cell>
                    <Table.Cell className="text-right tabular-nums">{current ? formatPaise(current.rate_paise) : "None"}</Table.Cell>
                    <Table.Cell className="text-right">{current ? formatMinutes(current.standard_minutes) : "—"}</Table.Cell>
                    <Table.Cell>{current ? formatDay(current.starts) : "—"}</Table.Cell>
                    <Table.Cell>{next ? `${formatPaise(next.rate_paise)} from ${formatDay(next.starts)}` : "—"}</Table.Cell>
                  </Table.Row>
                )
              })}
            </Table.Body>
          </Table>
          <TablePages count={count} pageSize={PAGE_SIZE} pageIndex={pageIndex} onPage={setPageIndex} />
        </>
      )}
    </div>
  )
}
