import { describe, expect, it } from "vitest"
import {
  categoryAndDescendantIds,
  categoryHandles,
  categoryHref,
  categoryTrail,
  findInCategoryTree,
  isCategoryPath,
} from "./category-path"

const kantha = { id: "pcat_kantha", handle: "kantha", parent_category: null }
const quilts = { id: "pcat_quilts", handle: "kantha-quilts", parent_category: kantha }

describe("category paths", () => {
  it("lists handles from the top of the tree down", () => {
    expect(categoryHandles(quilts)).toEqual(["kantha", "kantha-quilts"])
    expect(categoryHandles(kantha)).toEqual(["kantha"])
  })

  it("walks from the top category down to this one", () => {
    expect(categoryTrail(quilts).map((c) => c.id)).toEqual(["pcat_kantha", "pcat_quilts"])
  })

  it("builds a category's URL in a market", () => {
    expect(categoryHref("in", quilts)).toBe("/in/categories/kantha/kantha-quilts")
  })

  it("accepts only the category's own path, not a shortcut or another parent", () => {
    expect(isCategoryPath(quilts, ["kantha", "kantha-quilts"])).toBe(true)
    expect(isCategoryPath(quilts, ["kantha-quilts"])).toBe(false)
    expect(isCategoryPath(quilts, ["jewelry", "kantha-quilts"])).toBe(false)
  })

  it("collects a category with all its descendants", () => {
    const tree = {
      ...kantha,
      category_children: [
        { id: "pcat_quilts", handle: "kantha-quilts", category_children: [{ id: "pcat_baby", handle: "baby-quilts" }] },
        { id: "pcat_throws", handle: "kantha-throws" },
      ],
    }
    expect(categoryAndDescendantIds(tree)).toEqual(["pcat_kantha", "pcat_quilts", "pcat_baby", "pcat_throws"])
  })

  it("places a category found deep in the navigation tree under its parents", () => {
    const tree = [
      { id: "pcat_saris", handle: "saris", category_children: [] },
      { id: "pcat_kantha", handle: "kantha", category_children: [{ id: "pcat_quilts", handle: "kantha-quilts" }] },
    ]
    const found = findInCategoryTree(tree, "pcat_quilts")
    expect(found && categoryHref("us", found)).toBe("/us/categories/kantha/kantha-quilts")
    expect(findInCategoryTree(tree, "pcat_missing")).toBeUndefined()
  })
})
