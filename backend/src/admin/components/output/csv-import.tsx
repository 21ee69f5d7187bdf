import { Button, Hint, Text, toast } from "@medusajs/ui"
import { useQueryClient } from "@tanstack/react-query"
import { type ChangeEvent, useMemo, useRef, useState } from "react"
import { useArtisans } from "../../lib/artisans"
import { type ParsedSheet, linesOfServerErrors, parseSheet } from "../../lib/csv-sheet"
import { todayInIst } from "../../lib/format"
import { outputQueryKeys, useTasks } from "../../lib/output"
import { chunk, newSheetKey, sendBatch } from "../../lib/output-batch"
import { messageOf } from "../../lib/sdk"
import { CsvColumnsHelp } from "./csv-columns-help"
import { CsvPreviewTable } from "./csv-preview-table"
import { ImportProgress } from "./import-progress"

/** Imports a spreadsheet of output: read and checked in the browser, then sent in batches the API records whole. */
export const CsvImport = () => {
  const [fileName, setFileName] = useState<string | null>(null)
  const [text, setText] = useState<string | null>(null)
  const [serverErrors, setServerErrors] = useState<Map<number, string[]>>(new Map())
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  const [outcome, setOutcome] = useState<{ kind: "done" | "stopped"; text: string } | null>(null)
  // one key per file; batch n is sent as key-n, so importing again after a failure records each batch once
  const fileKey = useRef(newSheetKey())
  const queryClient = useQueryClient()
  const artisans = useArtisans({}, 0, 500)
  const tasks = useTasks()

  const lookups = useMemo(
    () => ({
      artisanIdByCode: new Map((artisans.data?.artisans ?? []).map((a) => [a.code.toUpperCase(), a.id])),
      taskIdByCode: new Map((tasks.data?.tasks ?? []).map((t) => [t.code.toUpperCase(), t.id])),
      today: todayInIst(),
    }),
    [artisans.data, tasks.data]
  )

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    if (!file) return
    setFileName(file.name)
    setServerErrors(new Map())
    setOutcome(null)
    setProgress(null)
    fileKey.current = newSheetKey()
    setText(await file.text())
  }

  // read again if the register or the tasks change under it, so codes are checked against the latest
  const sheet: ParsedSheet | null = useMemo(() => (text === null ? null : parseSheet(text, lookups)), [text, lookups])

  const good = sheet?.lines.filter((l) => l.row) ?? []
  const bad = (sheet?.lines.length ?? 0) - good.length

  const importGood = async () => {
    const batches = chunk(good)
    setOutcome(null)
    setServerErrors(new Map())
    setProgress({ done: 0, total: batches.length })
    let recorded = 0
    try {
      for (const [n, batch] of batches.entries()) {
        const result = await sendBatch({ idempotency_key: `${fileKey.current}-${n}`, rows: batch.rows.map((l) => l.row) })
        if (!result.ok) {
          setServerErrors(linesOfServerErrors(batch.rows, result.errors))
          setOutcome({ kind: "stopped", text: `Batch ${n + 1} of ${batches.length} was refused, so its lines were not recorded: ${result.message} ${recorded} row(s) from earlier batches were recorded.` })
          return
        }
        recorded += result.recorded
        setProgress({ done: n + 1, total: batches.length })
      }
      setOutcome({ kind: "done", text: `${recorded} row(s) recorded from ${fileName}${bad ? `; ${bad} line(s) with problems were left out` : ""}.` })
      toast.success("Sheet imported", { description: `${recorded} row(s) recorded` })
    } catch (error) {
      setOutcome({ kind: "stopped", text: `${messageOf(error)} ${recorded} row(s) were recorded before it stopped; import the file again to finish (recorded batches are not repeated).` })
    } finally {
      await queryClient.invalidateQueries({ queryKey: outputQueryKeys.all })
    }
  }

  const ready = Boolean(artisans.data && tasks.data)
  const loadError = artisans.error ?? tasks.error
  const busy = progress !== null && progress.done < progress.total && outcome === null
  return (
    <div className="divide-y">
      <CsvColumnsHelp />
      <div className="flex flex-col gap-y-3 px-6 py-4">
        <label className="flex items-center gap-x-3">
          <Text size="small" weight="plus">Sheet (.csv)</Text>
          <input type="file" accept=".csv,text/csv" aria-label="Output sheet CSV" disabled={!ready || busy} onChange={readFile} className="txt-compact-small" />
        </label>
        {loadError && <Hint variant="error" role="alert">The register could not be loaded to check the file: {messageOf(loadError)}</Hint>}
        {sheet?.fileError && <Hint variant="error" role="alert">{sheet.fileError}</Hint>}
        {sheet && !sheet.fileError && (
          <Text size="small" role="status">
            {fileName}: {sheet.lines.length} line(s), {good.length} ready, {bad} with problems{bad ? " (listed first below)" : ""}.
          </Text>
        )}
        {progress && <ImportProgress done={progress.done} total={progress.total} />}
        {outcome && (
          outcome.kind === "done"
            ? <Text size="small" role="status" className="text-ui-fg-interactive">Imported: {outcome.text}</Text>
            : <Hint variant="error" role="alert">{outcome.text}</Hint>
        )}
        {sheet && !sheet.fileError && (
          <div>
            <Button size="small" onClick={importGood} isLoading={busy} disabled={!good.length || busy || outcome?.kind === "done"}>
              {bad ? `Import ${good.length} good line(s), leave out ${bad}` : `Import ${good.length} line(s)`}
            </Button>
          </div>
        )}
      </div>
      {sheet && !sheet.fileError && <CsvPreviewTable lines={sheet.lines} serverErrors={serverErrors} />}
    </div>
  )
}
