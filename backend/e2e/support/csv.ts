import Papa from "papaparse"

/** The rows of a CSV file, header first, as the admin's users' spreadsheet would read them. */
export function csvRows(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text.trim(), { skipEmptyLines: true })
  if (parsed.errors.length) throw new Error(`Unreadable CSV: ${parsed.errors[0].message}`)
  return parsed.data
}
