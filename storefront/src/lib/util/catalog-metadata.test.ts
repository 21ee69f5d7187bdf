import { describe, expect, it } from "vitest"
import { catalogMetadata } from "./catalog-metadata"
import { parseCatalogQuery } from "./catalog-query"

const input = { title: "Saris", description: "Handwoven saris.", path: "/in/categories/saris" }

describe("catalogMetadata", () => {
  it("indexes the plain listing under its own path", () => {
    const metadata = catalogMetadata({ ...input, query: parseCatalogQuery({}) })
    expect(metadata.alternates?.canonical).toBe("/in/categories/saris")
    expect(metadata.robots).toBeUndefined()
  })

  it("gives later pages their own canonical URL and title", () => {
    const metadata = catalogMetadata({ ...input, query: parseCatalogQuery({ page: "2" }) })
    expect(metadata.alternates?.canonical).toBe("/in/categories/saris?page=2")
    expect(metadata.alternates?.languages).toMatchObject({ "en-US": "/us/categories/saris?page=2" })
    expect(metadata.title).toBe("Saris, page 2")
  })

  it("keeps searched, filtered and re-sorted views out of the index, pointing at the plain listing", () => {
    for (const params of [{ q: "silk" }, { maker: "kolkata-kantha-unit" }, { sort: "price-asc", page: "2" }]) {
      const metadata = catalogMetadata({ ...input, query: parseCatalogQuery(params) })
      expect(metadata.alternates?.canonical).toBe("/in/categories/saris")
      expect(metadata.robots).toEqual({ index: false, follow: true })
    }
  })
})
