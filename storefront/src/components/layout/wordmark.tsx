import Link from "next/link"

export function Wordmark({ href }: { href: string }) {
  return (
    <Link href={href} className="group inline-flex items-baseline gap-2 rounded-sm">
      <span className="font-display text-2xl font-medium tracking-tight text-ink">Mukti</span>
      <span className="text-xs font-medium uppercase tracking-[0.25em] text-madder">Market</span>
      <span className="sr-only">, home</span>
    </Link>
  )
}
