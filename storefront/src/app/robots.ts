import type { MetadataRoute } from "next"
import { absoluteUrl } from "@/lib/util/site-url"

/** Shoppers' own pages (cart, checkout, account) are private to them and not for search engines. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/*/cart", "/*/checkout", "/*/account", "/*/order"],
    },
    sitemap: absoluteUrl("/sitemap.xml"),
  }
}
