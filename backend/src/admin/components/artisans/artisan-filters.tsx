import { Input } from "@medusajs/ui"
import { formatGrade } from "../../lib/artisan-format"
import { type ArtisanFilters as Filters, type ArtisanGroup, type EmploymentKind, type SkillGrade, SKILL_GRADES } from "../../lib/artisans"
import { ChoiceSelect, GroupSelect } from "./choice-select"

type ArtisanFiltersProps = {
  filters: Filters
  groups: ArtisanGroup[]
  canSearchNames: boolean
  onChange: (filters: Filters) => void
}

const ACTIVE_CHOICES = [
  { value: "true", label: "Working now" },
  { value: "false", label: "Left" },
]

export const ArtisanFilters = ({ filters, groups, canSearchNames, onChange }: ArtisanFiltersProps) => {
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch })
  return (
    <div className="grid grid-cols-1 gap-3 px-6 py-4 md:grid-cols-5">
      <Input
        type="search"
        size="small"
        aria-label="Search artisans"
        placeholder={canSearchNames ? "Search by code or name" : "Search by code"}
        value={filters.q ?? ""}
        onChange={(event) => set({ q: event.target.value })}
      />
      <GroupSelect value={filters.group_id} groups={groups} onChange={(group_id) => set({ group_id })} />
      <ChoiceSelect
        label="Grade"
        anyLabel="All grades"
        value={filters.skill_grade}
        choices={SKILL_GRADES.map((grade) => ({ value: grade, label: formatGrade(grade) }))}
        onChange={(value) => set({ skill_grade: value as SkillGrade | undefined })}
      />
      <ChoiceSelect
        label="Employment"
        anyLabel="Trainees and employees"
        value={filters.employment_kind}
        choices={[
          { value: "employee", label: "Employees" },
          { value: "trainee", label: "Trainees" },
        ]}
        onChange={(value) => set({ employment_kind: value as EmploymentKind | undefined })}
      />
      <ChoiceSelect
        label="Active"
        anyLabel="Working now or left"
        value={filters.active === undefined ? undefined : String(filters.active)}
        choices={ACTIVE_CHOICES}
        onChange={(value) => set({ active: value === undefined ? undefined : value === "true" })}
      />
    </div>
  )
}
