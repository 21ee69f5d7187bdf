"use client"

import { useEffect, useState } from "react"
import type { OptionChoices } from "@/lib/util/product-options"
import { findVariant, initialSelection, type SelectableVariant, type Selection } from "@/lib/util/variant-selection"

/**
 * The variant chosen in the product page's variant picker. The picker keeps its choice in
 * native radio buttons named by option id, so this reads them (and listens for changes)
 * rather than asking the picker to share its state: a radio group is its own public contract.
 */
export function usePickedVariant<V extends SelectableVariant>(options: OptionChoices[], variants: V[]): V | undefined {
  const [selection, setSelection] = useState<Selection>(() => initialSelection(variants))

  useEffect(() => {
    const optionIds = new Set(options.map((option) => option.id))
    const read = () => {
      const next: Selection = {}
      for (const option of options) {
        const checked = document.querySelector<HTMLInputElement>(
          `input[type="radio"][name="${CSS.escape(option.id)}"]:checked`,
        )
        // An option with one value is shown as text, not radios: that value is the choice.
        const value = checked?.value ?? (option.values.length === 1 ? option.values[0] : undefined)
        if (value !== undefined) next[option.id] = value
      }
      setSelection(next)
    }
    const onChange = (event: Event) => {
      const target = event.target
      if (target instanceof HTMLInputElement && optionIds.has(target.name)) read()
    }
    read()
    document.addEventListener("change", onChange)
    return () => document.removeEventListener("change", onChange)
  }, [options])

  return findVariant(variants, selection)
}
