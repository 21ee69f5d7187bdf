import { Button, Text } from "@medusajs/ui"
import { useState } from "react"
import { useArtisanGroups, useArtisans } from "../../lib/artisans"
import { templateCsv } from "../../lib/csv-sheet"
import { todayInIst } from "../../lib/format"
import { useTasks, useUsualTasks } from "../../lib/output"
import { GroupSelect } from "../artisans/choice-select"

const COLUMNS: Array<[string, string]> = [
  ["work_date", "the day of the work, YYYY-MM-DD, not after today"],
  ["artisan_code", "her code in the register, e.g. KOL-K-001"],
  ["task_code", "the task's code, as on the Piece rates page"],
  ["quantity_accepted", "whole pieces that passed checking"],
  ["quantity_rejected", "whole pieces rejected (blank for none)"],
  ["hours", "hours spent on the task that day, more than 0 and at most 16, two decimals at most"],
  ["note", "optional, up to 500 characters"],
]

/** What the file must hold, and a template filled with a group's artisans and usual tasks for today. */
export const CsvColumnsHelp = () => {
  const [groupId, setGroupId] = useState<string | undefined>()
  const groups = useArtisanGroups()
  const artisans = useArtisans({ group_id: groupId, active: true }, 0, 500)
  const tasks = useTasks()
  const usual = useUsualTasks(groupId, 3)

  const download = () => {
    const codes = (tasks.data?.tasks ?? []).filter((t) => usual.usual.includes(t.id)).map((t) => t.code)
    const today = todayInIst()
    const csv = templateCsv((artisans.data?.artisans ?? []).map((a) => a.code), codes, today)
    const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }))
    const link = Object.assign(document.createElement("a"), { href: url, download: `output-sheet-${today}.csv` })
    link.click()
    URL.revokeObjectURL(url)
  }

  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <Text size="small">
        One line per artisan, task and day, with a header line naming the columns (any order; other columns are ignored). A day's or a week's sheet both work; large files are sent in batches of 500 lines, each recorded whole or not at all.
      </Text>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        {COLUMNS.map(([name, meaning]) => (
          <div key={name} className="contents">
            <dt><code className="txt-compact-small-plus">{name}</code></dt>
            <dd><Text size="small" className="text-ui-fg-subtle">{meaning}</Text></dd>
          </div>
        ))}
      </dl>
      <div className="flex items-center gap-x-3">
        <div className="w-64">
          <GroupSelect label="Template group" value={groupId} groups={groups.data?.artisan_groups ?? []} onChange={setGroupId} />
        </div>
        <Button size="small" variant="secondary" onClick={download} disabled={artisans.isLoading || usual.isLoading}>
          Download template
        </Button>
      </div>
    </div>
  )
}
