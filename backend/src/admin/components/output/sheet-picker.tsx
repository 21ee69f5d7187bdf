import { Checkbox, Input, Label, Text } from "@medusajs/ui"
import type { ArtisanGroup } from "../../lib/artisans"
import type { Task } from "../../lib/output"
import { GroupSelect } from "../artisans/choice-select"
import { FormField } from "../artisans/form-field"

type SheetPickerProps = {
  groups: ArtisanGroup[]
  groupId: string | undefined
  workDate: string
  today: string
  tasks: Task[]
  taskIds: string[]
  onGroup: (groupId: string | undefined) => void
  onDate: (workDate: string) => void
  onTasks: (taskIds: string[]) => void
}

/** Which sheet to fill: a group (or all of them), a day up to today, and the tasks to enter. */
export const SheetPicker = ({ groups, groupId, workDate, today, tasks, taskIds, onGroup, onDate, onTasks }: SheetPickerProps) => {
  const toggle = (id: string, on: boolean) =>
    onTasks(on ? tasks.filter((t) => t.id === id || taskIds.includes(t.id)).map((t) => t.id) : taskIds.filter((t) => t !== id))
  return (
    <div className="flex flex-col gap-y-4 px-6 py-4">
      <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
        <FormField id="sheet_group" label="Group">
          <GroupSelect
            id="sheet_group"
            value={groupId}
            groups={groups}
            onChange={onGroup}
          />
        </FormField>
        <FormField id="sheet_date" label="Work date" hint="Output can be recorded once the work is done, so no later than today.">
          <Input id="sheet_date" type="date" max={today} value={workDate} onChange={(e) => e.target.value && onDate(e.target.value)} />
        </FormField>
      </div>
      <fieldset className="flex flex-col gap-y-2">
        <legend className="txt-compact-small-plus mb-2">Tasks on this sheet</legend>
        <div className="flex flex-wrap gap-x-5 gap-y-2">
          {tasks.map((task) => (
            <div key={task.id} className="flex items-center gap-x-2">
              <Checkbox id={`sheet_task_${task.id}`} checked={taskIds.includes(task.id)} onCheckedChange={(v) => toggle(task.id, v === true)} />
              <Label htmlFor={`sheet_task_${task.id}`} size="small">{task.name} ({task.code})</Label>
            </div>
          ))}
        </div>
        {!taskIds.length && <Text size="small" className="text-ui-fg-subtle">Choose at least one task.</Text>}
      </fieldset>
    </div>
  )
}
