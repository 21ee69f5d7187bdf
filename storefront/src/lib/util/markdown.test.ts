import { describe, expect, it } from "vitest"
import { parseInline, parseMarkdown } from "./markdown"

const text = (value: string) => ({ type: "text", text: value })

describe("parseInline", () => {
  it("reads bold and italic, nested or side by side", () => {
    expect(parseInline("Hand **stitched** in *Kolkata*")).toEqual([
      text("Hand "),
      { type: "strong", children: [text("stitched")] },
      text(" in "),
      { type: "emphasis", children: [text("Kolkata")] },
    ])
    expect(parseInline("**a _quiet_ pride**")).toEqual([
      { type: "strong", children: [text("a "), { type: "emphasis", children: [text("quiet")] }, text(" pride")] },
    ])
  })

  it("leaves underscores inside words and lone asterisks alone", () => {
    expect(parseInline("snake_case_name and 5 * 3")).toEqual([text("snake_case_name and 5 * 3")])
  })

  it("keeps a link's words but not its address, and drops raw HTML tags", () => {
    expect(parseInline("See [our loom](https://example.com) <script>x</script>")).toEqual([text("See our loom x")])
  })
})

describe("parseMarkdown", () => {
  it("joins wrapped lines into one paragraph and splits paragraphs on blank lines", () => {
    expect(parseMarkdown("First line\nstill first.\n\nSecond.")).toEqual([
      { type: "paragraph", children: [text("First line still first.")] },
      { type: "paragraph", children: [text("Second.")] },
    ])
  })

  it("reads headings, capping their depth at three", () => {
    expect(parseMarkdown("# Our work\n#### Small print")).toEqual([
      { type: "heading", depth: 1, children: [text("Our work")] },
      { type: "heading", depth: 3, children: [text("Small print")] },
    ])
  })

  it("reads bulleted and numbered lists, with continuation lines", () => {
    expect(parseMarkdown("We make:\n\n- saris\n- kantha\n  quilts\n\n1. learn\n2. teach")).toEqual([
      { type: "paragraph", children: [text("We make:")] },
      { type: "list", ordered: false, items: [[text("saris")], [text("kantha quilts")]] },
      { type: "list", ordered: true, items: [[text("learn")], [text("teach")]] },
    ])
  })

  it("does not mistake italics at the start of a line for a list", () => {
    expect(parseMarkdown("*Mukti* means freedom.")).toEqual([
      {
        type: "paragraph",
        children: [{ type: "emphasis", children: [text("Mukti")] }, text(" means freedom.")],
      },
    ])
  })

  it("returns nothing for an empty story", () => {
    expect(parseMarkdown("  \n\n")).toEqual([])
  })
})
