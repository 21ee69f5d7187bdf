import type { PayslipRow } from "./pay-runs"

/** The register columns a reader can sort by. */
export type RegisterColumn =
  | "artisan_code"
  | "skill_grade"
  | "employment_kind"
  | "days_worked"
  | "hours"
  | "pieces"
  | "gross_paise"
  | "deductions_paise"
  | "net_paise"
  | "effective_hourly_paise"

export type RegisterSort = { column: RegisterColumn; direction: "asc" | "desc" }

/** Payslips whose artisan code contains the search, case aside, sorted by one column (ties by code). */
export function registerRows(rows: readonly PayslipRow[], search: string, sort: RegisterSort): PayslipRow[] {
  const needle = search.trim().toLowerCase()
  const found = needle ? rows.filter((row) => row.artisan_code.toLowerCase().includes(needle)) : [...rows]
  const sign = sort.direction === "asc" ? 1 : -1
  return found.sort((a, b) => {
    const x = a[sort.column]
    const y = b[sort.column]
    const order = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), "en-IN", { numeric: true })
    return order !== 0 ? sign * order : a.artisan_code.localeCompare(b.artisan_code, "en-IN", { numeric: true })
  })
}

/** Clicking the sorted column flips it; clicking another sorts by it, biggest amounts first. */
export function nextSort(current: RegisterSort, column: RegisterColumn): RegisterSort {
  if (current.column === column) return { column, direction: current.direction === "asc" ? "desc" : "asc" }
  const textual = column === "artisan_code" || column === "skill_grade" || column === "employment_kind"
  return { column, direction: textual ? "asc" : "desc" }
}
