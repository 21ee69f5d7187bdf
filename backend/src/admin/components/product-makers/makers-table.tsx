import { Table, Text } from "@medusajs/ui"
import type { MakerShare } from "../../lib/attribution"

/** The saved maker groups, largest share first, each with a bar for its share of the work. */
export const MakersTable = ({ makers }: { makers: MakerShare[] }) => {
  if (!makers.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        No maker groups recorded: the shop shows this product without a maker.
      </Text>
    )
  }
  const ordered = [...makers].sort((a, b) => b.share_percent - a.share_percent)
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Group</Table.HeaderCell>
          <Table.HeaderCell className="w-1/2">Share of the work</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {ordered.map((maker) => (
          <Table.Row key={maker.artisan_group_id}>
            <Table.Cell>{maker.artisan_group?.name ?? maker.artisan_group_id}</Table.Cell>
            <Table.Cell>
              <div className="flex items-center gap-x-3">
                <div className="bg-ui-bg-subtle h-2 flex-1 overflow-hidden rounded-full" aria-hidden>
                  <div className="bg-ui-fg-interactive h-full" style={{ width: `${maker.share_percent}%` }} />
                </div>
                <span className="w-12 text-right tabular-nums">{maker.share_percent}%</span>
              </div>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
