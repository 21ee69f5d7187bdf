"use client"

import { useState } from "react"
import type { OptionChoices } from "@/lib/util/product-options"
import { type PricedVariant, variantPrice } from "@/lib/util/product-price"
import {
  findVariant,
  initialSelection,
  isChoiceAvailable,
  isVariantAvailable,
  type SelectableVariant,
} from "@/lib/util/variant-selection"
import { OptionGroup } from "./option-group"
import { Price } from "./price"

export type PickerVariant = SelectableVariant & PricedVariant

type VariantPickerProps = {
  options: OptionChoices[]
  variants: PickerVariant[]
  locale: string
  marketName: string
}

/** Choosing colour and size; shows the chosen piece's price and whether it can be had. */
export function VariantPicker({ options, variants, locale, marketName }: VariantPickerProps) {
  const [selection, setSelection] = useState(() => initialSelection(variants))
  const variant = findVariant(variants, selection)
  const price = variantPrice(variant)

  return (
    <div className="space-y-6">
      <div aria-live="polite" className="space-y-1">
        {price ? (
          <Price price={price} locale={locale} className="text-2xl font-medium" />
        ) : (
          <p className="text-ink-muted">Not sold in {marketName}.</p>
        )}
        {variant && (
          <p className={`text-sm font-medium ${isVariantAvailable(variant) ? "text-leaf" : "text-madder"}`}>
            {isVariantAvailable(variant) ? "Ready to ship from Kolkata" : "Sold out in this choice"}
          </p>
        )}
      </div>
      {options.map((option) => (
        <OptionGroup
          key={option.id}
          option={option}
          selected={selection[option.id]}
          isAvailable={(value) => isChoiceAvailable(variants, selection, option.id, value)}
          onSelect={(value) => setSelection((current) => ({ ...current, [option.id]: value }))}
        />
      ))}
    </div>
  )
}
