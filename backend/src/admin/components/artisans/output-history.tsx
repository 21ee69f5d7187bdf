import { Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { useOutputRecords } from "../../lib/output"
import { messageOf } from "../../lib/sdk"
import { OutputRecordsTable } from "../output/output-records-table"
import { Pager } from "./pager"

const PAGE_SIZE = 20

export const OutputHistory = ({ artisanId, canCorrect }: { artisanId: string; canCorrect: boolean }) => {
  const [page, setPage] = useState(0)
  const { data, isLoading, error } = useOutputRecords({ artisan_id: artisanId, limit: PAGE_SIZE, offset: page * PAGE_SIZE })
  const count = data?.count ?? 0
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Output history</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Each day's accepted and rejected pieces. A wrong figure is corrected with a reason; records in an approved pay run are locked.
        </Text>
      </div>
      {error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">{messageOf(error)}</Text>
      ) : isLoading ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">Loading…</Text>
      ) : (
        <div>
          <OutputRecordsTable records={data?.output_records ?? []} canCorrect={canCorrect} />
          {count > 0 && (
            <Pager count={count} page={page} pageSize={PAGE_SIZE} onPage={setPage} />
          )}
        </div>
      )}
    </Container>
  )
}
