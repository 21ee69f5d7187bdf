/**
 * The shop's public origin, for canonical links, the sitemap and structured data. Next
 * inlines `NEXT_PUBLIC_*` at build time, so set it before `next build` in production.
 */
export const SITE_URL = new URL(process.env.NEXT_PUBLIC_BASE_URL || "http://localhost:8000")

/** An absolute URL on the shop for a path such as `/in/makers`. */
export function absoluteUrl(path: string, base: URL = SITE_URL): string {
  return new URL(path, base).toString()
}
