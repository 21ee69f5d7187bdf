/**
 * A small, safe reading of the markdown a maker group's story is written in: paragraphs,
 * headings, bold and italic, and lists. It produces a tree that React renders as ordinary
 * elements, so no HTML from the backend is ever injected; anything else (links, images, raw
 * HTML) is kept only as its visible text.
 */
export type Inline =
  | { type: "text"; text: string }
  | { type: "strong"; children: Inline[] }
  | { type: "emphasis"; children: Inline[] }

export type Block =
  | { type: "heading"; depth: 1 | 2 | 3; children: Inline[] }
  | { type: "paragraph"; children: Inline[] }
  | { type: "list"; ordered: boolean; items: Inline[][] }

type Span = { type: "strong" | "emphasis" | "link"; pattern: RegExp }

// Earlier entries win when two start at the same place: `**` before `*`.
const SPANS: Span[] = [
  { type: "strong", pattern: /\*\*(?=\S)([\s\S]+?)(?<=\S)\*\*/ },
  { type: "strong", pattern: /(?<!\w)__(?=\S)([\s\S]+?)(?<=\S)__(?!\w)/ },
  { type: "emphasis", pattern: /\*(?=\S)([\s\S]+?)(?<=\S)\*/ },
  { type: "emphasis", pattern: /(?<!\w)_(?=\S)([\s\S]+?)(?<=\S)_(?!\w)/ },
  // A link keeps its words and drops its address: a story does not send shoppers elsewhere.
  { type: "link", pattern: /!?\[([^\]]*)\]\([^)]*\)/ },
]

export function parseInline(source: string): Inline[] {
  const nodes: Inline[] = []
  let rest = source
  const pushText = (text: string) => {
    if (!text) return
    const last = nodes[nodes.length - 1]
    if (last?.type === "text") last.text += text
    else nodes.push({ type: "text", text })
  }
  while (rest) {
    let first: { span: Span; match: RegExpExecArray } | undefined
    for (const span of SPANS) {
      const match = span.pattern.exec(rest)
      if (match && (!first || match.index < first.match.index)) first = { span, match }
    }
    if (!first) break
    const { span, match } = first
    pushText(rest.slice(0, match.index))
    if (span.type === "link") pushText(match[1])
    else nodes.push({ type: span.type, children: parseInline(match[1]) })
    rest = rest.slice(match.index + match[0].length)
  }
  pushText(rest.replace(/<[^>]*>/g, ""))
  return nodes
}

const HEADING = /^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/
const BULLET = /^\s*[-*+]\s+(.*)$/
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/

/** Splits a story into blocks. Headings keep their rank relative to one another, capped at three. */
export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = []
  let paragraph: string[] = []
  let list: { ordered: boolean; items: string[] } | null = null

  const flush = () => {
    if (paragraph.length) blocks.push({ type: "paragraph", children: parseInline(paragraph.join(" ")) })
    if (list) blocks.push({ type: "list", ordered: list.ordered, items: list.items.map(parseInline) })
    paragraph = []
    list = null
  }

  for (const raw of source.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.replace(/^\s{0,3}>\s?/, "").trimEnd()
    const heading = HEADING.exec(line)
    const item = BULLET.exec(line) ?? NUMBERED.exec(line)
    if (!line.trim()) {
      flush()
    } else if (heading) {
      flush()
      const depth = Math.min(heading[1].length, 3) as 1 | 2 | 3
      blocks.push({ type: "heading", depth, children: parseInline(heading[2]) })
    } else if (item) {
      const ordered = !BULLET.test(line)
      if (paragraph.length || (list && list.ordered !== ordered)) flush()
      list ??= { ordered, items: [] }
      list.items.push(item[1].trim())
    } else if (list) {
      // A line under a list item continues it.
      list.items[list.items.length - 1] += ` ${line.trim()}`
    } else {
      paragraph.push(line.trim())
    }
  }
  flush()
  return blocks
}
