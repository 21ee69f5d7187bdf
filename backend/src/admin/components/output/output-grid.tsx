import { Table, Text } from "@medusajs/ui"
import { Fragment, type KeyboardEvent, useRef } from "react"
import type { Artisan } from "../../lib/artisans"
import type { OutputRecord, Task } from "../../lib/output"
import { type CellField, type CellProblem, CELL_FIELDS, cellKey, formatHundredths, type GridValues, nextPosition, total } from "../../lib/output-grid"
import { GridCell } from "./grid-cell"

type OutputGridProps = {
  artisans: Artisan[]
  tasks: Task[]
  values: GridValues
  recorded: Map<string, OutputRecord>
  problems: CellProblem[]
  onChange: (key: string, value: string) => void
}

const FIELD_LABELS: Record<CellField, string> = { accepted: "Acc.", rejected: "Rej.", hours: "Hrs" }

const recordedValue = (record: OutputRecord, field: CellField) =>
  String(field === "accepted" ? record.quantity_accepted : field === "rejected" ? record.quantity_rejected : record.hours)

const sum = (field: CellField, amount: number) => (field === "hours" ? formatHundredths(amount) : String(amount))

/** The sheet: artisans down, each task's accepted, rejected and hours across; arrows move, Enter goes down. */
export const OutputGrid = ({ artisans, tasks, values, recorded, problems, onChange }: OutputGridProps) => {
  const grid = useRef<HTMLDivElement>(null)
  const columns = tasks.length * CELL_FIELDS.length
  const move = (event: KeyboardEvent<HTMLInputElement>, row: number, column: number) => {
    const next = nextPosition({ row, column }, event.key, artisans.length, columns)
    if (!next) return
    event.preventDefault()
    grid.current?.querySelector<HTMLInputElement>(`input[data-row="${next.row}"][data-column="${next.column}"]`)?.focus()
  }
  const problemsOf = (artisanId: string) => problems.filter((p) => p.artisan_id === artisanId)
  const allKeys = (taskId: string) => artisans.map((a): [string, string] => [a.id, taskId])

  return (
    <div ref={grid} className="overflow-x-auto" role="group" aria-label="Daily output sheet">
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell rowSpan={2}>Artisan</Table.HeaderCell>
            {tasks.map((task) => (
              <Table.HeaderCell key={task.id} colSpan={3} className="border-l text-center" title={task.name}>
                {task.code}
              </Table.HeaderCell>
            ))}
            <Table.HeaderCell colSpan={2} className="border-l text-center">Day</Table.HeaderCell>
          </Table.Row>
          <Table.Row>
            {tasks.map((task) =>
              CELL_FIELDS.map((field) => (
                <Table.HeaderCell key={`${task.id}-${field}`} className={field === "accepted" ? "border-l text-right" : "text-right"}>
                  {FIELD_LABELS[field]}
                </Table.HeaderCell>
              ))
            )}
            <Table.HeaderCell className="border-l text-right">Pieces</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Hours</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {artisans.map((artisan, row) => {
            const own = problemsOf(artisan.id)
            const lineKeys = tasks.map((t): [string, string] => [artisan.id, t.id])
            return (
              <Fragment key={artisan.id}>
                <Table.Row data-artisan={artisan.code} className={own.length ? "bg-ui-bg-subtle" : undefined}>
                  <Table.Cell className="whitespace-nowrap">{artisan.code}</Table.Cell>
                  {tasks.map((task, t) => {
                    const done = recorded.get(`${artisan.id}|${task.id}`)
                    const invalid = own.some((p) => p.task_id === task.id)
                    return CELL_FIELDS.map((field, f) => {
                      const key = cellKey(artisan.id, task.id, field)
                      return (
                        <Table.Cell key={key} className={f === 0 ? "border-l px-1 text-right" : "px-1 text-right"}>
                          <GridCell
                            row={row}
                            column={t * CELL_FIELDS.length + f}
                            field={field}
                            label={`${artisan.code} ${task.code} ${field}`}
                            value={done ? recordedValue(done, field) : (values[key] ?? "")}
                            readOnly={Boolean(done)}
                            invalid={invalid}
                            onChange={(value) => onChange(key, value)}
                            onMove={move}
                          />
                        </Table.Cell>
                      )
                    })
                  })}
                  <Table.Cell className="border-l text-right tabular-nums">{total(values, lineKeys, "accepted")}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatHundredths(total(values, lineKeys, "hours"))}</Table.Cell>
                </Table.Row>
                {own.length > 0 && (
                  <Table.Row>
                    <td colSpan={columns + 3} className="px-6 py-2">
                      <ul role="alert" aria-label={`Problems for ${artisan.code}`}>
                        {[...new Set(own.map((p) => `${tasks.find((t) => t.id === p.task_id)?.code ?? "Task"}: ${p.reason}`))].map((message) => (
                          <li key={message}>
                            <Text size="small" className="text-ui-fg-error">{artisan.code}, {message}</Text>
                          </li>
                        ))}
                      </ul>
                    </td>
                  </Table.Row>
                )}
              </Fragment>
            )
          })}
          <Table.Row className="font-medium">
            <Table.Cell className="whitespace-nowrap">To save</Table.Cell>
            {tasks.map((task) =>
              CELL_FIELDS.map((field, f) => (
                <Table.Cell key={`${task.id}-${field}-total`} className={f === 0 ? "border-l px-2 text-right tabular-nums" : "px-2 text-right tabular-nums"}>
                  {sum(field, total(values, allKeys(task.id), field))}
                </Table.Cell>
              ))
            )}
            <Table.Cell className="border-l text-right tabular-nums">
              {tasks.reduce((acc, task) => acc + total(values, allKeys(task.id), "accepted"), 0)}
            </Table.Cell>
            <Table.Cell className="text-right tabular-nums">
              {formatHundredths(tasks.reduce((acc, task) => acc + total(values, allKeys(task.id), "hours"), 0))}
            </Table.Cell>
          </Table.Row>
        </Table.Body>
      </Table>
    </div>
  )
}
