import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { ArtisanFilters } from "../../components/artisans/artisan-filters"
import { ArtisanFormDrawer } from "../../components/artisans/artisan-form-drawer"
import { ArtisansTable } from "../../components/artisans/artisans-table"
import { GroupFormDrawer } from "../../components/artisans/group-form-drawer"
import { GroupsTable } from "../../components/artisans/groups-table"
import { RoleNotice } from "../../components/role-notice"
import { type ArtisanFilters as Filters, useArtisanGroups, useArtisans } from "../../lib/artisans"
import { useRoles } from "../../lib/roles"
import { messageOf } from "../../lib/sdk"

const PAGE_SIZE = 20

/** Filters as typed; the search text reaches the API a moment after typing stops. */
function useSettledFilters(filters: Filters): Filters {
  const [settled, setSettled] = useState(filters)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(filters), 300)
    return () => clearTimeout(timer)
  }, [filters])
  return settled
}

const ArtisansPage = () => {
  const { can, isLoading: rolesLoading } = useRoles()
  const canEdit = can("output")
  const [filters, setFilters] = useState<Filters>({ active: true })
  const [page, setPage] = useState(0)
  const [drawer, setDrawer] = useState<"artisan" | "group" | null>(null)
  const groups = useArtisanGroups()
  const settled = useSettledFilters(filters)
  const artisans = useArtisans(settled, page, PAGE_SIZE)

  if (rolesLoading) return <Container className="px-6 py-4"><Text className="text-ui-fg-subtle">Loading…</Text></Container>
  if (!can("artisans")) {
    return <RoleNotice title="Artisans" allowed="owners, production and finance staff" purpose="The artisan register lists the women who work with us." />
  }
  const groupList = groups.data?.artisan_groups ?? []
  const changeFilters = (next: Filters) => {
    setFilters(next)
    setPage(0)
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading level="h1">Artisans</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              The register: who works in which group, her grade and employment. {canEdit ? "" : "Legal names and personal details are kept from your role."}
            </Text>
          </div>
          {canEdit && (
            <Button size="small" variant="secondary" onClick={() => setDrawer("artisan")} disabled={!groupList.length}>
              Add artisan
            </Button>
          )}
        </div>
        <ArtisanFilters filters={filters} groups={groupList} canSearchNames={canEdit} onChange={changeFilters} />
        {artisans.error ? (
          <Text size="small" className="text-ui-fg-error px-6 py-4">{messageOf(artisans.error)}</Text>
        ) : artisans.isLoading ? (
          <Text size="small" className="text-ui-fg-subtle px-6 py-4">Loading…</Text>
        ) : (
          <ArtisansTable
            artisans={artisans.data?.artisans ?? []}
            count={artisans.data?.count ?? 0}
            page={page}
            pageSize={PAGE_SIZE}
            showNames={canEdit}
            onPage={setPage}
          />
        )}
      </Container>
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading level="h2">Groups</Heading>
            <Text size="small" className="text-ui-fg-subtle">Units, centres and cooperatives the artisans work in.</Text>
          </div>
          {canEdit && (
            <Button size="small" variant="secondary" onClick={() => setDrawer("group")}>
              New group
            </Button>
          )}
        </div>
        {groups.error ? (
          <Text size="small" className="text-ui-fg-error px-6 py-4">{messageOf(groups.error)}</Text>
        ) : (
          <GroupsTable groups={groupList} canEdit={canEdit} onShowArtisans={(group_id) => changeFilters({ ...filters, group_id })} />
        )}
      </Container>
      {drawer === "artisan" && <ArtisanFormDrawer groups={groupList} open onClose={() => setDrawer(null)} />}
      {drawer === "group" && <GroupFormDrawer open onClose={() => setDrawer(null)} />}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Artisans",
  icon: Users,
})

export default ArtisansPage
