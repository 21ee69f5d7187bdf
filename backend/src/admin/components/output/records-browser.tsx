import { Input, Text } from "@medusajs/ui"
import { useState } from "react"
import { useArtisanGroups } from "../../lib/artisans"
import { todayInIst } from "../../lib/format"
import { useOutputRecords } from "../../lib/output"
import { messageOf } from "../../lib/sdk"
import { GroupSelect } from "../artisans/choice-select"
import { FormField } from "../artisans/form-field"
import { Pager } from "../artisans/pager"
import { OutputRecordsTable } from "./output-records-table"

const PAGE_SIZE = 25

/** Recorded output by group and day, where a wrong figure is corrected with a reason. */
export const RecordsBrowser = ({ canCorrect }: { canCorrect: boolean }) => {
  const [groupId, setGroupId] = useState<string | undefined>()
  const [from, setFrom] = useState("")
  const [to, setTo] = useState(todayInIst())
  const [page, setPage] = useState(0)
  const groups = useArtisanGroups()
  const records = useOutputRecords({ group_id: groupId, from: from || undefined, to: to || undefined, limit: PAGE_SIZE, offset: page * PAGE_SIZE })
  const reset = <T,>(set: (value: T) => void) => (value: T) => {
    set(value)
    setPage(0)
  }
  return (
    <div className="divide-y">
      <div className="grid grid-cols-1 gap-4 px-6 py-4 md:grid-cols-3">
        <FormField id="records_group" label="Group">
          <GroupSelect
            id="records_group"
            value={groupId}
            groups={groups.data?.artisan_groups ?? []}
            onChange={reset(setGroupId)}
          />
        </FormField>
        <FormField id="records_from" label="From">
          <Input id="records_from" type="date" value={from} onChange={(e) => reset(setFrom)(e.target.value)} />
        </FormField>
        <FormField id="records_to" label="To">
          <Input id="records_to" type="date" value={to} onChange={(e) => reset(setTo)(e.target.value)} />
        </FormField>
      </div>
      {records.error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">{messageOf(records.error)}</Text>
      ) : records.isLoading ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">Loading…</Text>
      ) : (
        <div>
          <OutputRecordsTable records={records.data?.output_records ?? []} canCorrect={canCorrect} showArtisan />
          <Pager count={records.data?.count ?? 0} page={page} pageSize={PAGE_SIZE} onPage={setPage} />
        </div>
      )}
    </div>
  )
}
