type SectionHeadingProps = {
  id: string
  eyebrow?: string
  title: string
  /** Heading level: 1 on pages whose main heading this is, 2 for sections. */
  level?: 1 | 2
}

export function SectionHeading({ id, eyebrow, title, level = 2 }: SectionHeadingProps) {
  const Heading = level === 1 ? "h1" : "h2"
  return (
    <div className="mb-8">
      {eyebrow && <p className="text-xs font-semibold uppercase tracking-[0.2em] text-madder">{eyebrow}</p>}
      <Heading id={id} className="mt-2 font-display text-3xl font-medium tracking-tight sm:text-4xl">
        {title}
      </Heading>
      <div aria-hidden="true" className="stitch-rule mt-4 w-24 text-marigold" />
    </div>
  )
}
