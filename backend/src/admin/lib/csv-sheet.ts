import Papa from "papaparse"
import { type BatchRow, MAX_HOURS, MAX_PIECES } from "./output-grid"

/**
 * A day's or a week's output sheet from a spreadsheet, one line per artisan,
 * task and day. Every line is checked here, so mistakes are shown against the
 * file's own line numbers before anything is sent.
 */

export const CSV_COLUMNS = ["work_date", "artisan_code", "task_code", "quantity_accepted", "quantity_rejected", "hours", "note"] as const

export type SheetRow = BatchRow & { note?: string }

export type SheetLine = {
  /** The line in the file, counting the header as line 1. */
  line: number
  cells: Record<(typeof CSV_COLUMNS)[number], string>
  row: SheetRow | null
  errors: string[]
}

export type SheetLookups = {
  artisanIdByCode: ReadonlyMap<string, string>
  taskIdByCode: ReadonlyMap<string, string>
  today: string
}

export type ParsedSheet = { lines: SheetLine[]; fileError: string | null }

const isRealDay = (text: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false
  const date = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text)
}

function checkLine(cells: SheetLine["cells"], lookups: SheetLookups): { row: SheetRow | null; errors: string[] } {
  const errors: string[] = []
  const date = cells.work_date
  if (!isRealDay(date)) errors.push(`work_date "${date}" is not a real date written YYYY-MM-DD`)
  else if (date > lookups.today) errors.push(`work_date ${date} is in the future`)
  const artisan_id = lookups.artisanIdByCode.get(cells.artisan_code.toUpperCase())
  if (!artisan_id) errors.push(`no artisan with code "${cells.artisan_code}"`)
  const task_id = lookups.taskIdByCode.get(cells.task_code.toUpperCase())
  if (!task_id) errors.push(`no task with code "${cells.task_code}"`)
  const whole = (name: "quantity_accepted" | "quantity_rejected", required: boolean) => {
    const text = cells[name]
    if (!text) {
      if (required) errors.push(`${name} is missing`)
      return 0
    }
    if (!/^\d+$/.test(text)) errors.push(`${name} "${text}" is not a whole number`)
    else if (Number(text) > MAX_PIECES) errors.push(`${name} ${text} looks too high`)
    return Number(text)
  }
  const quantity_accepted = whole("quantity_accepted", true)
  const quantity_rejected = whole("quantity_rejected", false)
  const hoursText = cells.hours
  if (!/^\d+(\.\d{1,2})?$/.test(hoursText)) errors.push(`hours "${hoursText}" is not a number with at most two decimals`)
  else if (Number(hoursText) <= 0 || Number(hoursText) > MAX_HOURS) errors.push(`hours must be more than 0 and at most ${MAX_HOURS}`)
  if (cells.note.length > 500) errors.push("note can be at most 500 characters")
  if (errors.length || !artisan_id || !task_id) return { row: null, errors }
  const row: SheetRow = { artisan_id, task_id, work_date: date, quantity_accepted, quantity_rejected, hours: Number(hoursText) }
  if (cells.note) row.note = cells.note
  return { row, errors }
}

/** Reads the file's text; a header naming the columns is required, in any order, extra columns ignored. */
export function parseSheet(text: string, lookups: SheetLookups): ParsedSheet {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: false })
  const [header = [], ...body] = parsed.data
  const names = header.map((h) => h.trim().toLowerCase())
  const missing = CSV_COLUMNS.filter((c) => c !== "note" && c !== "quantity_rejected" && !names.includes(c))
  if (missing.length) return { lines: [], fileError: `The header must name the columns ${missing.join(", ")}. Download the template to see the layout.` }
  const seen = new Map<string, number>()
  const lines: SheetLine[] = []
  body.forEach((values, index) => {
    if (values.every((v) => !v.trim())) return
    const cells = Object.fromEntries(
      CSV_COLUMNS.map((column) => [column, (values[names.indexOf(column)] ?? "").trim()])
    ) as SheetLine["cells"]
    const line = index + 2
    const { row, errors } = checkLine(cells, lookups)
    if (row) {
      const key = `${row.artisan_id}|${row.task_id}|${row.work_date}`
      const first = seen.get(key)
      if (first) errors.push(`same artisan, task and day as line ${first}; combine them`)
      else seen.set(key, line)
    }
    lines.push({ line, cells, row: errors.length ? null : row, errors })
  })
  if (!lines.length) return { lines, fileError: "The file has a header but no lines of output." }
  return { lines, fileError: null }
}

/** A sheet to fill in: one line per artisan and task for the day, the numbers left blank. */
export function templateCsv(artisanCodes: readonly string[], taskCodes: readonly string[], workDate: string): string {
  const lines = artisanCodes.flatMap((artisan) => taskCodes.map((task) => [workDate, artisan, task, "", "", "", ""]))
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: lines })
}

/** Server errors for one batch (by index within it) as messages against the file's lines. */
export function linesOfServerErrors(
  sent: ReadonlyArray<Pick<SheetLine, "line">>,
  errors: ReadonlyArray<{ index: number; reason: string }>
): Map<number, string[]> {
  const byLine = new Map<number, string[]>()
  for (const { index, reason } of errors) {
    const line = sent[index]?.line
    if (line === undefined) continue
    byLine.set(line, [...(byLine.get(line) ?? []), reason])
  }
  return byLine
}
