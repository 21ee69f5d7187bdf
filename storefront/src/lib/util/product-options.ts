import type { SelectableVariant } from "./variant-selection"

/** One product option and the values its variants use, e.g. Colour: Crimson, Indigo. */
export type OptionChoices = { id: string; title: string; values: string[] }

type ProductWithOptions = {
  options?: ReadonlyArray<{ id: string; title: string }> | null
  variants?: readonly SelectableVariant[] | null
}

/**
 * The choices a shopper makes on a product page. Options come in the order a variant lists
 * them (Colour before Size, as in "Crimson / 5.5 m"), which Medusa keeps; the product's own
 * option list has no order. Values are listed in the order the variants first use them, and
 * values no variant uses are left out, so every choice can lead somewhere.
 */
export function productOptionChoices(product: ProductWithOptions): OptionChoices[] {
  const variantOrder = (product.variants?.[0]?.options ?? []).map((o) => o.option_id)
  const rank = (id: string) => {
    const index = variantOrder.indexOf(id)
    return index === -1 ? variantOrder.length : index
  }
  const options = [...(product.options ?? [])].sort((a, b) => rank(a.id) - rank(b.id))
  return options.map((option) => {
    const values: string[] = []
    for (const variant of product.variants ?? []) {
      const value = variant.options?.find((o) => o.option_id === option.id)?.value
      if (value !== undefined && !values.includes(value)) values.push(value)
    }
    return { id: option.id, title: option.title, values }
  })
}
