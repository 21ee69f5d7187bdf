import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { dayOf, formatGrade } from "../../lib/artisan-format"
import { type Artisan, useArtisanGroups } from "../../lib/artisans"
import { formatDay } from "../../lib/format"
import { ArtisanFormDrawer } from "./artisan-form-drawer"
import { DetailList, type DetailItem } from "./detail-list"

const day = (value: string | null | undefined) => {
  const iso = dayOf(value)
  return iso ? formatDay(iso) : "—"
}

/** Her register entry; the private rows appear only when the API sent them (owner and production). */
export const ArtisanDetails = ({ artisan, canEdit }: { artisan: Artisan; canEdit: boolean }) => {
  const [editing, setEditing] = useState(false)
  const groups = useArtisanGroups()
  const hasPrivate = "legal_name" in artisan
  const details = artisan.personal_details ?? {}
  const items: DetailItem[] = [
    ...(hasPrivate ? [{ label: "Legal name", value: artisan.legal_name ?? "—" }] : []),
    { label: "Group", value: artisan.group?.name ?? "—" },
    { label: "Skill grade", value: formatGrade(artisan.skill_grade) },
    { label: "Employment", value: artisan.employment_kind === "trainee" ? "Trainee" : "Employee" },
    { label: "EPF / ESI", value: `${artisan.epf_enrolled ? "EPF enrolled" : "No EPF"} · ${artisan.esi_enrolled ? "ESI enrolled" : "No ESI"}` },
    { label: "Freedom date", value: day(artisan.freedom_date) },
    { label: "Training started", value: day(artisan.training_start) },
    ...(hasPrivate
      ? [
          { label: "Phone", value: details.phone || "—" },
          { label: "Address", value: details.address || "—" },
          { label: "Date of birth", value: details.date_of_birth ? formatDay(details.date_of_birth) : "—" },
          { label: "Emergency contact", value: details.emergency_contact || "—" },
        ]
      : []),
  ]
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">{artisan.code}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {hasPrivate ? "Private details are shown to owners and production staff only." : "Private details are kept from your role."}
          </Text>
        </div>
        {canEdit && (
          <Button size="small" variant="secondary" onClick={() => setEditing(true)}>
            Edit
          </Button>
        )}
      </div>
      <DetailList items={items} />
      {editing && <ArtisanFormDrawer artisan={artisan} groups={groups.data?.artisan_groups ?? []} open onClose={() => setEditing(false)} />}
    </Container>
  )
}
