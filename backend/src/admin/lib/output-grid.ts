/**
 * The daily output sheet as a grid: one line per artisan, and for each task the
 * pieces accepted, pieces rejected and hours spent. Each filled artisan x task
 * becomes one row of the batch the API records all at once.
 */

export const CELL_FIELDS = ["accepted", "rejected", "hours"] as const
export type CellField = (typeof CELL_FIELDS)[number]

/** What was typed, keyed by cellKey(); text, so a half-typed "7." survives until it is finished. */
export type GridValues = Record<string, string>

export type GridRow = { artisan_id: string; task_id: string }

export type BatchRow = {
  artisan_id: string
  task_id: string
  work_date: string
  quantity_accepted: number
  quantity_rejected: number
  hours: number
}

export type CellProblem = { artisan_id: string; task_id: string; reason: string }

export const MAX_PIECES = 10_000
export const MAX_HOURS = 16

export const cellKey = (artisanId: string, taskId: string, field: CellField) => `${artisanId}|${taskId}|${field}`

/** Keeps only what a cell may hold: digits for pieces; digits and one point, two decimals at most, for hours. */
export function acceptTyping(field: CellField, text: string): string | null {
  if (field === "hours") return /^\d{0,2}(\.\d{0,2})?$/.test(text) ? text : null
  return /^\d{0,5}$/.test(text) ? text : null
}

const filled = (text: string | undefined) => text !== undefined && text.trim() !== ""

/** Hours as an exact count of hundredths, so totals never pick up float dust. */
export function hundredthsOf(text: string): number {
  const [whole, fraction = ""] = text.split(".")
  return Number(whole || "0") * 100 + Number(fraction.padEnd(2, "0").slice(0, 2))
}

export const formatHundredths = (hundredths: number) =>
  hundredths % 100 === 0 ? String(hundredths / 100) : (hundredths / 100).toFixed(2).replace(/0$/, "")

/**
 * The batch rows the grid holds, in the order of artisans then tasks, and every
 * problem the API would refuse, found before anything is sent.
 */
export function sheetRows(
  artisanIds: readonly string[],
  taskIds: readonly string[],
  values: GridValues,
  workDate: string,
  recorded: ReadonlySet<string> = new Set()
): { rows: BatchRow[]; problems: CellProblem[] } {
  const rows: BatchRow[] = []
  const problems: CellProblem[] = []
  for (const artisan_id of artisanIds) {
    for (const task_id of taskIds) {
      if (recorded.has(`${artisan_id}|${task_id}`)) continue
      const [accepted, rejected, hours] = CELL_FIELDS.map((field) => values[cellKey(artisan_id, task_id, field)])
      if (![accepted, rejected, hours].some(filled)) continue
      const fail = (reason: string) => problems.push({ artisan_id, task_id, reason })
      const quantity_accepted = filled(accepted) ? Number(accepted) : 0
      const quantity_rejected = filled(rejected) ? Number(rejected) : 0
      if (quantity_accepted > MAX_PIECES || quantity_rejected > MAX_PIECES) fail(`Pieces look too high (${MAX_PIECES.toLocaleString("en-IN")} at most).`)
      if (!filled(hours)) fail("Enter the hours spent on this task.")
      else {
        const hundredths = hundredthsOf(hours!)
        if (hundredths === 0) fail("Hours must be more than zero.")
        else if (hundredths > MAX_HOURS * 100) fail(`Hours can be at most ${MAX_HOURS} in a day.`)
      }
      if (filled(hours) && quantity_accepted === 0 && quantity_rejected === 0) fail("Enter the pieces made, or clear the hours.")
      rows.push({ artisan_id, task_id, work_date: workDate, quantity_accepted, quantity_rejected, hours: filled(hours) ? hundredthsOf(hours!) / 100 : 0 })
    }
  }
  return { rows, problems }
}

/** Sums of one field down a task's column, or across an artisan's line, in whole units (hours in hundredths). */
export function total(values: GridValues, keys: Array<[artisanId: string, taskId: string]>, field: CellField): number {
  return keys.reduce((sum, [artisanId, taskId]) => {
    const text = values[cellKey(artisanId, taskId, field)]
    if (!filled(text)) return sum
    return sum + (field === "hours" ? hundredthsOf(text) : Number(text))
  }, 0)
}

/** The server's errors (by row index in the batch) put back on the cells they belong to. */
export function problemsFromServer(rows: readonly GridRow[], errors: ReadonlyArray<{ index: number; reason: string }>): CellProblem[] {
  return errors.flatMap(({ index, reason }) => {
    const row = rows[index]
    return row ? [{ artisan_id: row.artisan_id, task_id: row.task_id, reason }] : []
  })
}

export type Position = { row: number; column: number }

/** Where focus goes for a key in a rows x columns grid: arrows move one cell, Enter moves down; edges hold. */
export function nextPosition(at: Position, key: string, rows: number, columns: number): Position | null {
  const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), max - 1)
  switch (key) {
    case "ArrowUp":
      return { row: clamp(at.row - 1, rows), column: at.column }
    case "ArrowDown":
    case "Enter":
      return { row: clamp(at.row + 1, rows), column: at.column }
    case "ArrowLeft":
      return { row: at.row, column: clamp(at.column - 1, columns) }
    case "ArrowRight":
      return { row: at.row, column: clamp(at.column + 1, columns) }
    default:
      return null
  }
}
