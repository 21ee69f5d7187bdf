import { Select } from "@medusajs/ui"

export type Choice = { value: string; label: string }

type ChoiceSelectProps = {
  label: string
  value: string | undefined
  choices: Choice[]
  /** The wording of "no filter"; without it a choice is required. */
  anyLabel?: string
  onChange: (value: string | undefined) => void
  id?: string
}

const ANY = "__any__"

/** A labelled select whose empty choice means "any", since Radix selects cannot hold an empty value. */
export const ChoiceSelect = ({ label, value, choices, anyLabel, onChange, id }: ChoiceSelectProps) => (
  <Select value={value ?? (anyLabel ? ANY : undefined)} onValueChange={(next) => onChange(next === ANY ? undefined : next)}>
    <Select.Trigger aria-label={label} id={id}>
      <Select.Value placeholder={label} />
    </Select.Trigger>
    <Select.Content>
      {anyLabel && <Select.Item value={ANY}>{anyLabel}</Select.Item>}
      {choices.map((choice) => (
        <Select.Item key={choice.value} value={choice.value}>
          {choice.label}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)

type GroupSelectProps = Omit<ChoiceSelectProps, "choices" | "anyLabel" | "label"> & {
  groups: Array<{ id: string; name: string }>
  label?: string
}

/** Any one of the artisan groups, or all of them. */
export const GroupSelect = ({ groups, label = "Group", ...props }: GroupSelectProps) => (
  <ChoiceSelect {...props} label={label} anyLabel="All groups" choices={groups.map((g) => ({ value: g.id, label: g.name }))} />
)
