const EXCERPT_LENGTH = 280

/**
 * The opening of a group's story as plain text for a card: headings are titles, not
 * the story's first words, so they are left out; links keep their words; markup goes.
 */
export function storyExcerpt(markdown: string | null, length = EXCERPT_LENGTH): string | null {
  if (!markdown) return null
  const prose = markdown
    .split("\n")
    .filter((line) => !/^\s*#/.test(line))
    .join(" ")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_>`]/g, "")
    .replace(/\s+/g, " ")
    .trim()
  if (!prose) return null
  if (prose.length <= length) return prose
  return `${prose.slice(0, length).replace(/\s+\S*$/, "")}…`
}
