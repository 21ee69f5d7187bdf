import { Drawer, Hint, Input, Label, Switch, Textarea, toast } from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import { type ArtisanGroup, GROUP_KINDS, type GroupKind, useCreateGroup, useUpdateGroup } from "../../lib/artisans"
import { type GroupForm, groupFormProblems, handleFromName, hasProblems } from "../../lib/register-forms"
import { messageOf } from "../../lib/sdk"
import { ChoiceSelect } from "./choice-select"
import { DrawerFormFooter } from "./drawer-form-footer"
import { FormField } from "./form-field"

type GroupFormDrawerProps = { group?: ArtisanGroup; open: boolean; onClose: () => void }

const KIND_LABELS: Record<GroupKind, string> = { unit: "Unit", centre: "Centre", cooperative: "Cooperative" }

const formOf = (group?: ArtisanGroup): GroupForm & { is_public: boolean } => ({
  name: group?.name ?? "",
  handle: group?.handle ?? "",
  city: group?.city ?? "",
  kind: group?.kind ?? "",
  story: group?.story ?? "",
  is_public: group?.is_public ?? false,
})

/** Adds a group, or edits one when `group` is given; the handle follows the name until it is typed. */
export const GroupFormDrawer = ({ group, open, onClose }: GroupFormDrawerProps) => {
  const [form, setForm] = useState(() => formOf(group))
  const [handleTouched, setHandleTouched] = useState(Boolean(group))
  const [submitted, setSubmitted] = useState(false)
  const create = useCreateGroup()
  const update = useUpdateGroup(group?.id ?? "")
  const mutation = group ? update : create
  const problems = submitted ? groupFormProblems(form) : {}

  const set = (patch: Partial<typeof form>) =>
    setForm((current) => {
      const next = { ...current, ...patch }
      if (patch.name !== undefined && !handleTouched) next.handle = handleFromName(patch.name)
      return next
    })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setSubmitted(true)
    if (hasProblems(groupFormProblems(form))) return
    const body = { ...form, kind: form.kind as GroupKind, name: form.name.trim(), city: form.city.trim(), story: form.story || null }
    mutation.mutate(body, {
      onSuccess: () => {
        toast.success(group ? "Group saved" : "Group added", { description: body.name })
        onClose()
      },
    })
  }

  return (
    <Drawer open={open} onOpenChange={(next) => !next && onClose()}>
      <Drawer.Content>
        <form onSubmit={submit} className="flex h-full flex-col" noValidate aria-label={group ? "Edit group" : "New group"}>
          <Drawer.Header>
            <Drawer.Title>{group ? `Edit ${group.name}` : "New artisan group"}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            <FormField id="group_name" label="Name" error={problems.name}>
              <Input id="group_name" value={form.name} onChange={(e) => set({ name: e.target.value })} />
            </FormField>
            <FormField id="group_handle" label="Handle" error={problems.handle} hint="Used in the shop's address for the group.">
              <Input
                id="group_handle"
                value={form.handle}
                onChange={(e) => {
                  setHandleTouched(true)
                  set({ handle: e.target.value })
                }}
              />
            </FormField>
            <FormField id="group_city" label="City" error={problems.city}>
              <Input id="group_city" value={form.city} onChange={(e) => set({ city: e.target.value })} />
            </FormField>
            <FormField id="group_kind" label="Kind" error={problems.kind}>
              <ChoiceSelect
                id="group_kind"
                label="Kind"
                value={form.kind || undefined}
                choices={GROUP_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] }))}
                onChange={(kind) => set({ kind: kind ?? "" })}
              />
            </FormField>
            <FormField id="group_story" label="Public story (markdown)" hint="Shown in the shop when the group is public.">
              <Textarea id="group_story" rows={6} value={form.story} onChange={(e) => set({ story: e.target.value })} />
            </FormField>
            <div className="flex items-center gap-x-2">
              <Switch id="group_public" checked={form.is_public} onCheckedChange={(is_public) => set({ is_public })} />
              <Label htmlFor="group_public" size="small">Show this group in the shop</Label>
            </div>
            {mutation.isError && <Hint variant="error">{messageOf(mutation.error)}</Hint>}
          </Drawer.Body>
          <DrawerFormFooter submitLabel={group ? "Save group" : "Add group"} pending={mutation.isPending} />
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
