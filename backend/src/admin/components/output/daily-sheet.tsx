import { Button, Hint, Text, toast } from "@medusajs/ui"
import { useQueryClient } from "@tanstack/react-query"
import { useEffect, useMemo, useRef, useState } from "react"
import { useArtisanGroups, useArtisans } from "../../lib/artisans"
import { formatDay, todayInIst } from "../../lib/format"
import { outputQueryKeys, useDayOutput, useTasks, useUsualTasks } from "../../lib/output"
import { MAX_BATCH_ROWS, newSheetKey, sendBatch } from "../../lib/output-batch"
import { type CellProblem, type GridValues, problemsFromServer, sheetRows } from "../../lib/output-grid"
import { messageOf } from "../../lib/sdk"
import { OutputGrid } from "./output-grid"
import { SheetPicker } from "./sheet-picker"

const USUAL_TASKS = 3

/** A day's sheet for a group: entered in the grid, checked, and recorded in one all-or-nothing batch. */
export const DailySheet = () => {
  const today = todayInIst()
  const [groupId, setGroupId] = useState<string | undefined>()
  const [workDate, setWorkDate] = useState(today)
  const [taskIds, setTaskIds] = useState<string[] | null>(null)
  const [values, setValues] = useState<GridValues>({})
  const [problems, setProblems] = useState<CellProblem[]>([])
  const [refusal, setRefusal] = useState<string | null>(null)
  const [saved, setSaved] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  // one key per version of the sheet: resending the same sheet (a double-click, a retry) records it once
  const sheetKey = useRef(newSheetKey())
  const queryClient = useQueryClient()

  const groups = useArtisanGroups()
  const tasks = useTasks()
  const artisans = useArtisans({ group_id: groupId, active: true }, 0, 500)
  const usual = useUsualTasks(groupId, USUAL_TASKS)
  const day = useDayOutput(workDate, groupId)

  useEffect(() => setTaskIds(null), [groupId])
  // The group's usual tasks are read from its latest records; once the sheet shows them they stay, so
  // a later refetch never swaps columns under someone typing.
  useEffect(() => {
    if (taskIds === null && !usual.isLoading && usual.usual.length) setTaskIds(usual.usual)
  }, [taskIds, usual.isLoading, usual.usual])
  const chosenTaskIds = taskIds ?? usual.usual
  const allTasks = tasks.data?.tasks ?? []
  const sheetTasks = allTasks.filter((t) => chosenTaskIds.includes(t.id))
  const sheetArtisans = artisans.data?.artisans ?? []
  const recordedKeys = useMemo(() => new Set(day.recorded.keys()), [day.recorded])

  const startOver = () => {
    sheetKey.current = newSheetKey()
    setProblems([])
    setRefusal(null)
  }
  const change = (key: string, value: string) => {
    setValues((current) => ({ ...current, [key]: value }))
    sheetKey.current = newSheetKey()
    setSaved(null)
    const [artisanId, taskId] = key.split("|")
    setProblems((current) => current.filter((p) => !(p.artisan_id === artisanId && p.task_id === taskId)))
  }

  const save = async () => {
    if (saving) return
    const { rows, problems: found } = sheetRows(sheetArtisans.map((a) => a.id), sheetTasks.map((t) => t.id), values, workDate, recordedKeys)
    setSaved(null)
    setRefusal(null)
    if (found.length) {
      setProblems(found)
      setRefusal(`${new Set(found.map((p) => `${p.artisan_id}|${p.task_id}`)).size} row(s) need fixing before the sheet can be saved.`)
      return
    }
    if (!rows.length) return setRefusal("Nothing to save: enter pieces and hours first.")
    if (rows.length > MAX_BATCH_ROWS) return setRefusal(`A sheet can hold ${MAX_BATCH_ROWS} rows at most; choose fewer tasks or one group.`)
    setSaving(true)
    try {
      const outcome = await sendBatch({ idempotency_key: sheetKey.current, ...(groupId ? { group_id: groupId } : {}), rows })
      if (!outcome.ok) {
        setProblems(problemsFromServer(rows, outcome.errors))
        setRefusal(outcome.message)
        return
      }
      await queryClient.invalidateQueries({ queryKey: outputQueryKeys.all })
      setValues({})
      startOver()
      const message = `${outcome.recorded} row(s) recorded for ${formatDay(workDate)}${outcome.replayed ? " (already saved; recorded once)" : ""}.`
      setSaved(message)
      toast.success("Output saved", { description: message })
    } catch (error) {
      setRefusal(messageOf(error))
    } finally {
      setSaving(false)
    }
  }

  const loading = groups.isLoading || tasks.isLoading || artisans.isLoading || usual.isLoading
  return (
    <div className="divide-y">
      <SheetPicker
        groups={groups.data?.artisan_groups ?? []}
        groupId={groupId}
        workDate={workDate}
        today={today}
        tasks={allTasks}
        taskIds={chosenTaskIds}
        onGroup={(id) => { setGroupId(id); setValues({}); startOver() }}
        onDate={(date) => { setWorkDate(date); startOver() }}
        onTasks={setTaskIds}
      />
      {loading ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">Loading the sheet…</Text>
      ) : !sheetArtisans.length ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">No active artisans in this group.</Text>
      ) : sheetTasks.length ? (
        <OutputGrid artisans={sheetArtisans} tasks={sheetTasks} values={values} recorded={day.recorded} problems={problems} onChange={change} />
      ) : null}
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Text size="small" className="text-ui-fg-subtle">
            {sheetArtisans.length} artisan(s) x {sheetTasks.length} task(s). Greyed cells are already recorded for the day; correct them under Records.
          </Text>
          {refusal && <Hint variant="error" role="alert">{refusal}</Hint>}
          {saved && <Text size="small" role="status" className="text-ui-fg-interactive">Saved: {saved}</Text>}
        </div>
        <Button size="small" onClick={save} isLoading={saving} disabled={!sheetTasks.length}>
          Save sheet
        </Button>
      </div>
    </div>
  )
}
