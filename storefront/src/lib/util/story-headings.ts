import type { Block } from "./markdown"

export type HeadingTag = "h2" | "h3" | "h4" | "h5" | "h6"

/**
 * The HTML heading for each story heading: the story's highest heading becomes `top`, and
 * the others keep their distance below it, so the page's outline never skips a level.
 */
export function storyHeadingTag(blocks: readonly Block[], top: 2 | 3 | 4): (depth: number) => HeadingTag {
  const depths = blocks.flatMap((block) => (block.type === "heading" ? [block.depth] : []))
  const highest = depths.length ? Math.min(...depths) : 1
  return (depth) => `h${Math.min(top + depth - highest, 6)}` as HeadingTag
}
