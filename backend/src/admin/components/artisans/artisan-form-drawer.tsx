import { Checkbox, Drawer, Hint, Input, Label, Textarea, toast } from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import { useNavigate } from "react-router-dom"
import { dayOf, formatGrade } from "../../lib/artisan-format"
import {
  type Artisan,
  type ArtisanGroup,
  type ArtisanInput,
  type EmploymentKind,
  type SkillGrade,
  SKILL_GRADES,
  useCreateArtisan,
  useUpdateArtisan,
} from "../../lib/artisans"
import { type ArtisanForm, artisanFormProblems, hasProblems } from "../../lib/register-forms"
import { messageOf } from "../../lib/sdk"
import { ChoiceSelect } from "./choice-select"
import { DrawerFormFooter } from "./drawer-form-footer"
import { FormField } from "./form-field"

type ArtisanFormDrawerProps = { artisan?: Artisan; groups: ArtisanGroup[]; open: boolean; onClose: () => void }

const formOf = (artisan?: Artisan): ArtisanForm & { epf_enrolled: boolean; esi_enrolled: boolean } => ({
  group_id: artisan?.group_id ?? "",
  code: artisan?.code ?? "",
  legal_name: artisan?.legal_name ?? "",
  skill_grade: artisan?.skill_grade ?? "",
  employment_kind: artisan?.employment_kind ?? "",
  freedom_date: dayOf(artisan?.freedom_date) ?? "",
  training_start: dayOf(artisan?.training_start) ?? "",
  hire_date: "",
  phone: artisan?.personal_details?.phone ?? "",
  address: artisan?.personal_details?.address ?? "",
  emergency_contact: artisan?.personal_details?.emergency_contact ?? "",
  epf_enrolled: artisan?.epf_enrolled ?? false,
  esi_enrolled: artisan?.esi_enrolled ?? false,
})

/** Adds someone to the register, or edits her entry; service periods are kept on her page. */
export const ArtisanFormDrawer = ({ artisan, groups, open, onClose }: ArtisanFormDrawerProps) => {
  const navigate = useNavigate()
  const [form, setForm] = useState(() => formOf(artisan))
  const [submitted, setSubmitted] = useState(false)
  const create = useCreateArtisan()
  const update = useUpdateArtisan(artisan?.id ?? "")
  const mutation = artisan ? update : create
  const problems = submitted ? artisanFormProblems(form, !artisan) : {}
  const set = (patch: Partial<typeof form>) => setForm((current) => ({ ...current, ...patch }))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setSubmitted(true)
    if (hasProblems(artisanFormProblems(form, !artisan))) return
    const contact = { phone: form.phone.trim(), address: form.address.trim(), emergency_contact: form.emergency_contact.trim() }
    // fields this form does not show (date of birth, bank account) are kept as they were
    const personal_details = Object.fromEntries(
      Object.entries({ ...artisan?.personal_details, ...contact }).filter(([, value]) => value)
    )
    const body: ArtisanInput = {
      group_id: form.group_id,
      code: form.code.trim(),
      legal_name: form.legal_name.trim(),
      personal_details: Object.keys(personal_details).length ? personal_details : null,
      skill_grade: form.skill_grade as SkillGrade,
      employment_kind: form.employment_kind as EmploymentKind,
      epf_enrolled: form.epf_enrolled,
      esi_enrolled: form.esi_enrolled,
      freedom_date: form.freedom_date || null,
      training_start: form.training_start || null,
      ...(!artisan && form.hire_date ? { segments: [{ hire_date: form.hire_date }] } : {}),
    }
    mutation.mutate(body, {
      onSuccess: ({ artisan: saved }) => {
        toast.success(artisan ? "Artisan saved" : "Artisan added", { description: saved.code })
        onClose()
        if (!artisan) navigate(`/artisans/${saved.id}`)
      },
    })
  }

  const dateField = (field: "freedom_date" | "training_start" | "hire_date", label: string, hint?: string) => (
    <FormField id={`artisan_${field}`} label={label} error={problems[field]} hint={hint}>
      <Input id={`artisan_${field}`} type="date" value={form[field]} onChange={(e) => set({ [field]: e.target.value })} />
    </FormField>
  )

  return (
    <Drawer open={open} onOpenChange={(next) => !next && onClose()}>
      <Drawer.Content>
        <form onSubmit={submit} className="flex h-full flex-col" noValidate aria-label={artisan ? "Edit artisan" : "New artisan"}>
          <Drawer.Header>
            <Drawer.Title>{artisan ? `Edit ${artisan.code}` : "Add an artisan"}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            <FormField id="artisan_group" label="Group" error={problems.group_id}>
              <ChoiceSelect
                id="artisan_group"
                label="Group"
                value={form.group_id || undefined}
                choices={groups.map((g) => ({ value: g.id, label: g.name }))}
                onChange={(group_id) => set({ group_id: group_id ?? "" })}
              />
            </FormField>
            <FormField id="artisan_code" label="Code" error={problems.code} hint="Capital letters, digits and dashes, e.g. KU-061.">
              <Input id="artisan_code" value={form.code} onChange={(e) => set({ code: e.target.value.toUpperCase() })} />
            </FormField>
            <FormField id="artisan_legal_name" label="Legal name (private)" error={problems.legal_name}>
              <Input id="artisan_legal_name" value={form.legal_name} onChange={(e) => set({ legal_name: e.target.value })} />
            </FormField>
            <div className="grid grid-cols-2 gap-3">
              <FormField id="artisan_grade" label="Skill grade" error={problems.skill_grade}>
                <ChoiceSelect
                  id="artisan_grade"
                  label="Skill grade"
                  value={form.skill_grade || undefined}
                  choices={SKILL_GRADES.map((grade) => ({ value: grade, label: formatGrade(grade) }))}
                  onChange={(skill_grade) => set({ skill_grade: skill_grade ?? "" })}
                />
              </FormField>
              <FormField id="artisan_kind" label="Employment" error={problems.employment_kind}>
                <ChoiceSelect
                  id="artisan_kind"
                  label="Employment"
                  value={form.employment_kind || undefined}
                  choices={[
                    { value: "employee", label: "Employee" },
                    { value: "trainee", label: "Trainee" },
                  ]}
                  onChange={(employment_kind) => set({ employment_kind: employment_kind ?? "" })}
                />
              </FormField>
            </div>
            {dateField("freedom_date", "Freedom date", "The day she regained her freedom; tenure counts years since it.")}
            {dateField("training_start", "Training started")}
            {!artisan && dateField("hire_date", "Hired on", "Starts her first service period.")}
            <div className="flex gap-x-6">
              {(["epf_enrolled", "esi_enrolled"] as const).map((field) => (
                <div key={field} className="flex items-center gap-x-2">
                  <Checkbox id={`artisan_${field}`} checked={form[field]} onCheckedChange={(v) => set({ [field]: v === true })} />
                  <Label htmlFor={`artisan_${field}`} size="small">{field === "epf_enrolled" ? "EPF enrolled" : "ESI enrolled"}</Label>
                </div>
              ))}
            </div>
            <FormField id="artisan_phone" label="Phone (private)" error={problems.phone}>
              <Input id="artisan_phone" value={form.phone} onChange={(e) => set({ phone: e.target.value })} />
            </FormField>
            <FormField id="artisan_address" label="Address (private)" error={problems.address}>
              <Textarea id="artisan_address" rows={3} value={form.address} onChange={(e) => set({ address: e.target.value })} />
            </FormField>
            <FormField id="artisan_emergency" label="Emergency contact (private)">
              <Input id="artisan_emergency" value={form.emergency_contact} onChange={(e) => set({ emergency_contact: e.target.value })} />
            </FormField>
            {mutation.isError && <Hint variant="error">{messageOf(mutation.error)}</Hint>}
          </Drawer.Body>
          <DrawerFormFooter submitLabel={artisan ? "Save" : "Add artisan"} pending={mutation.isPending} />
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
