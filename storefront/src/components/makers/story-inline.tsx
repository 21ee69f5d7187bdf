import type { Inline } from "@/lib/util/markdown"

/** Inline markdown as React elements: text is escaped by React, never injected as HTML. */
export function StoryInline({ nodes }: { nodes: Inline[] }) {
  return nodes.map((node, index) => {
    if (node.type === "text") return node.text
    const children = <StoryInline nodes={node.children} />
    return node.type === "strong" ? <strong key={index}>{children}</strong> : <em key={index}>{children}</em>
  })
}
