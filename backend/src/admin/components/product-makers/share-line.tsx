import { Trash } from "@medusajs/icons"
import { Hint, IconButton, Input, Select } from "@medusajs/ui"
import { acceptPercentTyping, type ShareDraft } from "../../lib/attribution"

type Group = { id: string; name: string }

type ShareLineProps = {
  draft: ShareDraft
  groups: Group[]
  /** Groups other lines already hold; they cannot be chosen twice. */
  taken: ReadonlySet<string>
  problem?: string
  onChange: (draft: ShareDraft) => void
  onRemove: () => void
}

/** One maker group and its share, as a line of the editor. */
export const ShareLine = ({ draft, groups, taken, problem, onChange, onRemove }: ShareLineProps) => {
  const name = groups.find((group) => group.id === draft.artisan_group_id)?.name ?? "the new line"
  return (
    <div className="flex flex-col gap-y-1">
      <div className="flex items-center gap-x-2">
        <div className="flex-1">
          <Select value={draft.artisan_group_id || undefined} onValueChange={(artisan_group_id) => onChange({ ...draft, artisan_group_id })}>
            <Select.Trigger aria-label={`Maker group for ${name}`}>
              <Select.Value placeholder="Choose a group" />
            </Select.Trigger>
            <Select.Content>
              {groups.map((group) => (
                <Select.Item key={group.id} value={group.id} disabled={taken.has(group.id) && group.id !== draft.artisan_group_id}>
                  {group.name}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <div className="flex w-28 items-center gap-x-1">
          <Input
            aria-label={`Share of ${name} in percent`}
            inputMode="numeric"
            className="text-right tabular-nums"
            value={draft.percent}
            aria-invalid={Boolean(problem)}
            onChange={(event) => {
              const text = acceptPercentTyping(event.target.value)
              if (text !== null) onChange({ ...draft, percent: text })
            }}
          />
          <span className="text-ui-fg-subtle text-sm">%</span>
        </div>
        <IconButton type="button" variant="transparent" aria-label={`Remove ${name}`} onClick={onRemove}>
          <Trash />
        </IconButton>
      </div>
      {problem && <Hint variant="error">{problem}</Hint>}
    </div>
  )
}
