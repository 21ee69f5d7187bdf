import { storyExcerpt } from "./story-excerpt"

describe("storyExcerpt", () => {
  it("leaves out headings so the card opens with the story's words", () => {
    const story = "## Our story\n\nThe cooperative began in **2009** in Sonagachi.\n\n### Today\nForty women stitch."
    expect(storyExcerpt(story)).toBe("The cooperative began in 2009 in Sonagachi. Forty women stitch.")
  })

  it("keeps a link's words and drops images and markup", () => {
    expect(storyExcerpt("> Read [our report](https://example.org) ![photo](a.png) _now_")).toBe("Read our report now")
  })

  it("cuts a long story at a word and marks the cut", () => {
    const text = storyExcerpt("word ".repeat(100), 22)
    expect(text).toBe("word word word word…")
  })

  it("has nothing to show for an empty story or one that is only headings", () => {
    expect(storyExcerpt(null)).toBeNull()
    expect(storyExcerpt("# Title\n## Subtitle")).toBeNull()
  })
})
