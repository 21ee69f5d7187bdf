import { describe, expect, it } from "vitest"
import { metaDescription, pageMetadata } from "./page-metadata"

describe("metaDescription", () => {
  it("keeps a short description as it is, with whitespace tidied", () => {
    expect(metaDescription("Handwoven  in\nKolkata.")).toBe("Handwoven in Kolkata.")
  })

  it("cuts a long description at a word and marks the cut", () => {
    const cut = metaDescription("word ".repeat(60), 30)
    expect(cut).toBe("word word word word word word…")
    expect(cut!.length).toBeLessThanOrEqual(30)
  })

  it("gives nothing for an empty description", () => {
    expect(metaDescription("  ")).toBeUndefined()
    expect(metaDescription(null)).toBeUndefined()
  })
})

describe("pageMetadata", () => {
  it("names the canonical path and the same page in every market", () => {
    const metadata = pageMetadata({ title: "Makers", path: "/us/makers" })
    expect(metadata.alternates).toEqual({
      canonical: "/us/makers",
      languages: { "en-IN": "/in/makers", "en-US": "/us/makers", "en-IE": "/eu/makers" },
    })
    expect(metadata.openGraph).toMatchObject({ title: "Makers", url: "/us/makers", type: "website" })
  })
})
