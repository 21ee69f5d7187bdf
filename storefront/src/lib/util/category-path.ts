/** The parts of a Medusa product category that its URL and product filter need. */
export type CategoryNode = {
  id: string
  handle: string
  parent_category?: CategoryNode | null
  category_children?: readonly CategoryNode[] | null
}

/** A category with its `parent_category` chain filled in, each parent of the same shape. */
export type PlacedCategory<C extends CategoryNode> = C & { parent_category: PlacedCategory<C> | null }

/** The category and its ancestors, from the top of the tree down. */
export function categoryTrail<C extends CategoryNode>(category: C): C[] {
  const trail: C[] = []
  for (let node: CategoryNode | null | undefined = category; node; node = node.parent_category) {
    trail.unshift(node as C)
  }
  return trail
}

/** Handles from the top category down to this one: `["kantha", "kantha-quilts"]`. */
export function categoryHandles(category: CategoryNode): string[] {
  return categoryTrail(category).map((node) => node.handle)
}

export function categoryHref(countryCode: string, category: CategoryNode): string {
  return `/${countryCode}/categories/${categoryHandles(category).join("/")}`
}

/** True when the URL's handles are exactly the category's place in the tree. */
export function isCategoryPath(category: CategoryNode, handles: readonly string[]): boolean {
  const own = categoryHandles(category)
  return own.length === handles.length && own.every((handle, i) => handle === handles[i])
}

/** The category and everything below it, so a parent's page lists its children's products. */
export function categoryAndDescendantIds(category: CategoryNode): string[] {
  return [category.id, ...(category.category_children ?? []).flatMap(categoryAndDescendantIds)]
}

/**
 * Finds a category in a tree read from its top (children nested in `category_children`) and
 * returns it with its parents filled in, so its URL can be built. The store API gives a
 * product's categories without their parents' handles; the navigation tree has them.
 */
export function findInCategoryTree<C extends CategoryNode>(
  tree: readonly C[],
  id: string,
  parent: PlacedCategory<C> | null = null,
): PlacedCategory<C> | undefined {
  for (const node of tree) {
    const placed = { ...node, parent_category: parent }
    if (node.id === id) return placed
    // Children come from the same API response, so they have the same shape as their parent.
    const children = (node.category_children ?? []) as readonly C[]
    const found = findInCategoryTree(children, id, placed)
    if (found) return found
  }
  return undefined
}
