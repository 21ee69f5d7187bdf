import { describe, expect, it } from "vitest"
import { parseMarkdown } from "./markdown"
import { storyHeadingTag } from "./story-headings"

describe("storyHeadingTag", () => {
  it("lifts a story that starts at ## to the level the page asks for", () => {
    const blocks = parseMarkdown("## Small parts\n\ntext\n\n### Detail\n\nmore")
    const tag = storyHeadingTag(blocks, 3)
    expect(tag(2)).toBe("h3")
    expect(tag(3)).toBe("h4")
  })

  it("never goes below h6", () => {
    const tag = storyHeadingTag(parseMarkdown("# A\n\n### C"), 4)
    expect(tag(1)).toBe("h4")
    expect(tag(3)).toBe("h6")
  })
})
