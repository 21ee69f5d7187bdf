import { Badge, Button, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import type { ArtisanGroup } from "../../lib/artisans"
import { GroupFormDrawer } from "./group-form-drawer"

type GroupsTableProps = { groups: ArtisanGroup[]; canEdit: boolean; onShowArtisans: (groupId: string) => void }

export const GroupsTable = ({ groups, canEdit, onShowArtisans }: GroupsTableProps) => {
  const [editing, setEditing] = useState<ArtisanGroup | null>(null)
  if (!groups.length) return <Text size="small" className="text-ui-fg-subtle px-6 py-4">No groups yet.</Text>
  return (
    <>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Group</Table.HeaderCell>
            <Table.HeaderCell>City</Table.HeaderCell>
            <Table.HeaderCell>Kind</Table.HeaderCell>
            <Table.HeaderCell>In the shop</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Actions</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {groups.map((group) => (
            <Table.Row key={group.id}>
              <Table.Cell>{group.name}</Table.Cell>
              <Table.Cell>{group.city}</Table.Cell>
              <Table.Cell className="capitalize">{group.kind}</Table.Cell>
              <Table.Cell>
                <Badge size="2xsmall" color={group.is_public ? "green" : "grey"}>{group.is_public ? "public" : "hidden"}</Badge>
              </Table.Cell>
              <Table.Cell className="text-right">
                <Button size="small" variant="transparent" onClick={() => onShowArtisans(group.id)}>
                  Show artisans
                </Button>
                {canEdit && (
                  <Button size="small" variant="transparent" onClick={() => setEditing(group)}>
                    Edit
                  </Button>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {editing && <GroupFormDrawer key={editing.id} group={editing} open onClose={() => setEditing(null)} />}
    </>
  )
}
