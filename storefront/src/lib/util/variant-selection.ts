/** The parts of a Medusa variant that variant selection needs. */
export type SelectableVariant = {
  id: string
  options?: ReadonlyArray<{ option_id?: string | null; value: string }> | null
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  inventory_quantity?: number | null
}

/** Chosen value per product option id, e.g. `{ opt_colour: "Indigo", opt_size: "5.5 m" }`. */
export type Selection = Record<string, string>

export function variantSelection(variant: SelectableVariant): Selection {
  const selection: Selection = {}
  for (const option of variant.options ?? []) {
    if (option.option_id) selection[option.option_id] = option.value
  }
  return selection
}

/** A variant can be bought when stock is not tracked, backorders are allowed, or some is left. */
export function isVariantAvailable(variant: SelectableVariant): boolean {
  if (!variant.manage_inventory || variant.allow_backorder) return true
  return (variant.inventory_quantity ?? 0) > 0
}

export function findVariant<V extends SelectableVariant>(variants: readonly V[], selection: Selection): V | undefined {
  const wanted = Object.entries(selection)
  return variants.find((variant) => {
    const own = variantSelection(variant)
    return wanted.length === Object.keys(own).length && wanted.every(([id, value]) => own[id] === value)
  })
}

/** Where a shopper starts: the first variant that can be bought, else the first at all. */
export function initialSelection(variants: readonly SelectableVariant[]): Selection {
  const start = variants.find(isVariantAvailable) ?? variants[0]
  return start ? variantSelection(start) : {}
}

/** Whether changing one option to `value`, keeping the others, lands on a variant in stock. */
export function isChoiceAvailable(
  variants: readonly SelectableVariant[],
  selection: Selection,
  optionId: string,
  value: string,
): boolean {
  const variant = findVariant(variants, { ...selection, [optionId]: value })
  return variant ? isVariantAvailable(variant) : false
}
