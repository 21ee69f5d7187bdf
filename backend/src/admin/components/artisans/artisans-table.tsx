import { Badge, Table, Text } from "@medusajs/ui"
import { Link, useNavigate } from "react-router-dom"
import { formatGrade } from "../../lib/artisan-format"
import type { Artisan } from "../../lib/artisans"
import { Pager } from "./pager"

type ArtisansTableProps = {
  artisans: Artisan[]
  count: number
  page: number
  pageSize: number
  showNames: boolean
  onPage: (page: number) => void
}

/** Whether she has a service period with no exit, or is a trainee; the same rule the API's active filter uses. */
const isWorking = (artisan: Artisan) =>
  artisan.employment_kind === "trainee" || artisan.segments.some((segment) => !segment.exit_date)

export const ArtisansTable = ({ artisans, count, page, pageSize, showNames, onPage }: ArtisansTableProps) => {
  const navigate = useNavigate()
  if (!artisans.length) return <Text size="small" className="text-ui-fg-subtle px-6 py-4">No artisans match.</Text>
  return (
    <div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Code</Table.HeaderCell>
            {showNames && <Table.HeaderCell>Legal name</Table.HeaderCell>}
            <Table.HeaderCell>Group</Table.HeaderCell>
            <Table.HeaderCell>Grade</Table.HeaderCell>
            <Table.HeaderCell>Employment</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {artisans.map((artisan) => (
            <Table.Row key={artisan.id} className="cursor-pointer" onClick={() => navigate(`/artisans/${artisan.id}`)}>
              <Table.Cell>
                <Link to={`/artisans/${artisan.id}`} className="hover:underline" onClick={(event) => event.stopPropagation()}>
                  {artisan.code}
                </Link>
              </Table.Cell>
              {showNames && <Table.Cell>{artisan.legal_name ?? "—"}</Table.Cell>}
              <Table.Cell>{artisan.group?.name ?? "—"}</Table.Cell>
              <Table.Cell>{formatGrade(artisan.skill_grade)}</Table.Cell>
              <Table.Cell>{artisan.employment_kind === "trainee" ? "Trainee" : "Employee"}</Table.Cell>
              <Table.Cell>
                {isWorking(artisan) ? (
                  <Badge size="2xsmall" color="green">working</Badge>
                ) : (
                  <Badge size="2xsmall" color="grey">left</Badge>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <Pager count={count} page={page} pageSize={pageSize} onPage={onPage} />
    </div>
  )
}
