/** The file name the API gives in Content-Disposition, or `fallback` when it gives none. */
export function attachmentName(disposition: string | null | undefined, fallback: string): string {
  const match = disposition?.match(/filename\*?=(?:UTF-8'')?"?([^";]+)"?/i)
  const name = match?.[1] ? decodeURIComponent(match[1]).trim() : ""
  // A name with a path in it is not a name to save under.
  return name && !/[\\/]/.test(name) ? name : fallback
}
