/**
 * Medusa matches `q` with SQL `ILIKE '%q%'` and passes `%` and `_` through as wildcards, so
 * a search for "50%" would match everything. Escaped, the shopper's words match as typed.
 */
export function literalSearchTerm(words: string): string {
  return words.replace(/[\\%_]/g, (character) => `\\${character}`)
}
