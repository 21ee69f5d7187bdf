import { parseMarkdown } from "@/lib/util/markdown"
import { storyHeadingTag } from "@/lib/util/story-headings"
import { StoryInline } from "./story-inline"

type MakerStoryProps = {
  markdown: string
  /** The heading level the story's own top heading takes on this page. */
  headingLevel: 2 | 3 | 4
}

/** A maker group's story, written in markdown in the admin, rendered as plain elements. */
export function MakerStory({ markdown, headingLevel }: MakerStoryProps) {
  const blocks = parseMarkdown(markdown)
  const headingTag = storyHeadingTag(blocks, headingLevel)
  return (
    <div className="max-w-prose space-y-4 text-lg leading-relaxed">
      {blocks.map((block, index) => {
        if (block.type === "heading") {
          const Heading = headingTag(block.depth)
          return (
            <Heading key={index} className="pt-2 font-display text-2xl font-medium tracking-tight">
              <StoryInline nodes={block.children} />
            </Heading>
          )
        }
        if (block.type === "list") {
          const List = block.ordered ? "ol" : "ul"
          return (
            <List key={index} className={`space-y-1 pl-6 ${block.ordered ? "list-decimal" : "list-disc"}`}>
              {block.items.map((item, itemIndex) => (
                <li key={itemIndex}>
                  <StoryInline nodes={item} />
                </li>
              ))}
            </List>
          )
        }
        return (
          <p key={index}>
            <StoryInline nodes={block.children} />
          </p>
        )
      })}
    </div>
  )
}
