import { describe, expect, it } from "vitest"
import { catalogHref, isFiltered, isPastLastPage, pageCount, pageWindow, parseCatalogQuery } from "./catalog-query"

const base = parseCatalogQuery({})

describe("parseCatalogQuery", () => {
  it("starts with everything, newest first, on page one", () => {
    expect(base).toEqual({ q: "", maker: "", sort: "newest", page: 1 })
  })

  it("reads a search, a maker, a sort and a page", () => {
    expect(parseCatalogQuery({ q: "  kantha   quilt ", maker: "Kolkata-Kantha-Unit", sort: "price-desc", page: "3" })).toEqual(
      { q: "kantha quilt", maker: "kolkata-kantha-unit", sort: "price-desc", page: 3 },
    )
  })

  it("takes the first of repeated params", () => {
    expect(parseCatalogQuery({ sort: ["price-asc", "newest"] }).sort).toBe("price-asc")
  })

  it("falls back to defaults for values it does not know", () => {
    expect(parseCatalogQuery({ sort: "cheapest", page: "-2", maker: "../admin" })).toEqual(base)
    expect(parseCatalogQuery({ page: "0" }).page).toBe(1)
    expect(parseCatalogQuery({ page: "2.5" }).page).toBe(1)
  })

  it("cuts an overlong search", () => {
    expect(parseCatalogQuery({ q: "x".repeat(500) }).q).toHaveLength(100)
  })
})

describe("catalogHref", () => {
  const query = parseCatalogQuery({ q: "sari", maker: "kolkata-kantha-unit", sort: "price-asc", page: "2" })

  it("gives the default view a bare path", () => {
    expect(catalogHref("/in/store", base)).toBe("/in/store")
  })

  it("keeps the whole state in the URL", () => {
    expect(catalogHref("/in/store", query)).toBe("/in/store?q=sari&maker=kolkata-kantha-unit&sort=price-asc&page=2")
  })

  it("moves between pages keeping the filters", () => {
    expect(catalogHref("/in/store", query, { page: 3 })).toBe(
      "/in/store?q=sari&maker=kolkata-kantha-unit&sort=price-asc&page=3",
    )
  })

  it("goes back to page one when the filter or the sort changes", () => {
    expect(catalogHref("/in/store", query, { maker: "" })).toBe("/in/store?q=sari&sort=price-asc")
    expect(catalogHref("/in/store", query, { sort: "newest" })).toBe("/in/store?q=sari&maker=kolkata-kantha-unit")
  })

  it("encodes what the shopper typed", () => {
    expect(catalogHref("/us/store", { ...base, q: "bead & brass" })).toBe("/us/store?q=bead+%26+brass")
  })
})

describe("isFiltered and pageCount", () => {
  it("knows a search or maker narrows the catalogue, a sort does not", () => {
    expect(isFiltered({ ...base, sort: "price-asc" })).toBe(false)
    expect(isFiltered({ ...base, q: "sari" })).toBe(true)
    expect(isFiltered({ ...base, maker: "kolkata-kantha-unit" })).toBe(true)
  })

  it("counts pages, with one page even when empty", () => {
    expect(pageCount(0)).toBe(1)
    expect(pageCount(24)).toBe(1)
    expect(pageCount(25)).toBe(2)
    expect(pageCount(25, 10)).toBe(3)
  })

  it("knows which page numbers lie beyond the last page", () => {
    expect(isPastLastPage(1, 0)).toBe(false)
    expect(isPastLastPage(2, 0)).toBe(true)
    expect(isPastLastPage(2, 25)).toBe(false)
    expect(isPastLastPage(3, 25)).toBe(true)
  })
})

describe("pageWindow", () => {
  it("lists every page of a short catalogue", () => {
    expect(pageWindow(1, 1)).toEqual([1])
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4])
  })

  it("keeps the ends and the neighbours, with gaps between", () => {
    expect(pageWindow(5, 12)).toEqual([1, "gap", 4, 5, 6, "gap", 12])
    expect(pageWindow(1, 12)).toEqual([1, 2, "gap", 12])
    expect(pageWindow(12, 12)).toEqual([1, "gap", 11, 12])
  })

  it("shows a lone skipped page rather than a gap standing for one", () => {
    expect(pageWindow(4, 12)).toEqual([1, 2, 3, 4, 5, "gap", 12])
  })
})
