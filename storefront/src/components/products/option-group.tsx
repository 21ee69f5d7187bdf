"use client"

import type { OptionChoices } from "@/lib/util/product-options"

type OptionGroupProps = {
  option: OptionChoices
  selected: string | undefined
  isAvailable: (value: string) => boolean
  onSelect: (value: string) => void
}

/** One option as a row of radio buttons; arrow keys move between values, as radios do. */
export function OptionGroup({ option, selected, isAvailable, onSelect }: OptionGroupProps) {
  if (option.values.length === 1) {
    return (
      <p className="text-sm">
        <span className="font-medium">{option.title}:</span> {option.values[0]}
      </p>
    )
  }
  return (
    <fieldset>
      <legend className="text-sm font-medium">
        {option.title}: <span className="font-normal text-ink-muted">{selected}</span>
      </legend>
      <div className="mt-2 flex flex-wrap gap-2">
        {option.values.map((value) => {
          const available = isAvailable(value)
          return (
            <label
              key={value}
              className="cursor-pointer rounded-sm border border-ink-muted px-4 py-2 text-sm has-checked:border-ink has-checked:bg-ink has-checked:text-cloth has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-madder"
            >
              <input
                type="radio"
                name={option.id}
                value={value}
                checked={selected === value}
                onChange={() => onSelect(value)}
                className="sr-only"
              />
              <span className={available ? undefined : "line-through decoration-1"}>{value}</span>
              {!available && <span className="sr-only"> (sold out)</span>}
            </label>
          )
        })}
      </div>
    </fieldset>
  )
}
