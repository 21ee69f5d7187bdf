import { describe, expect, it } from "vitest"
import { categoryPaths, sitemapEntries } from "./sitemap-entries"

const base = new URL("https://mukti.test")

describe("categoryPaths", () => {
  it("lists each category under its parents", () => {
    const tree = [
      { handle: "kantha", category_children: [{ handle: "kantha-quilts" }, { handle: "kantha-stoles" }] },
      { handle: "jewelry", category_children: [] },
    ]
    expect(categoryPaths(tree)).toEqual(["kantha", "kantha/kantha-quilts", "kantha/kantha-stoles", "jewelry"])
  })
})

describe("sitemapEntries", () => {
  const entries = sitemapEntries({
    categories: [{ handle: "saris" }],
    products: [{ handle: "shapla-kantha-sari", updated_at: "2026-11-20T10:00:00.000Z" }],
    makerHandles: ["kolkata-kantha-unit"],
    base,
  })
  const urls = entries.map((entry) => entry.url)

  it("lists every page in every market", () => {
    for (const market of ["in", "us", "eu"]) {
      expect(urls).toContain(`https://mukti.test/${market}`)
      expect(urls).toContain(`https://mukti.test/${market}/makers`)
      expect(urls).toContain(`https://mukti.test/${market}/store`)
      expect(urls).toContain(`https://mukti.test/${market}/categories/saris`)
      expect(urls).toContain(`https://mukti.test/${market}/makers/kolkata-kantha-unit`)
      expect(urls).toContain(`https://mukti.test/${market}/products/shapla-kantha-sari`)
    }
    expect(entries).toHaveLength(6 * 3)
  })

  it("names the same page in the other markets and keeps a product's last change", () => {
    const product = entries.find((entry) => entry.url === "https://mukti.test/eu/products/shapla-kantha-sari")
    expect(product?.lastModified).toBe("2026-11-20T10:00:00.000Z")
    expect(product?.alternates?.languages).toEqual({
      "en-IN": "https://mukti.test/in/products/shapla-kantha-sari",
      "en-US": "https://mukti.test/us/products/shapla-kantha-sari",
      "en-IE": "https://mukti.test/eu/products/shapla-kantha-sari",
    })
  })

  it("still lists the fixed pages when the catalogue could not be read", () => {
    const fixed = sitemapEntries({ categories: [], products: [], makerHandles: [], base })
    expect(fixed.map((entry) => entry.url)).toContain("https://mukti.test/us/makers")
    expect(fixed).toHaveLength(3 * 3)
  })
})
