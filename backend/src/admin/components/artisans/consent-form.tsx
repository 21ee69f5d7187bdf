import { Button, Checkbox, Hint, Input, Label, Textarea, toast } from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import { consentProblem, latestExpiry } from "../../lib/consent"
import { useRecordConsent } from "../../lib/artisans"
import { formatDay, todayInIst } from "../../lib/format"
import { messageOf } from "../../lib/sdk"
import { FormField } from "./form-field"

/** Records a consent she signed: the name she chose, whether her photo may be shown, her story and its expiry. */
export const ConsentForm = ({ artisanId, onRecorded }: { artisanId: string; onRecorded: () => void }) => {
  const today = todayInIst()
  const [form, setForm] = useState({ display_name: "", photo_allowed: false, story: "", signed_on: today, expires_on: latestExpiry(today) })
  const [submitted, setSubmitted] = useState(false)
  const record = useRecordConsent(artisanId)
  const problem = submitted ? consentProblem(form) : null
  const set = (patch: Partial<typeof form>) => setForm((current) => ({ ...current, ...patch }))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setSubmitted(true)
    if (consentProblem(form)) return
    record.mutate(
      { ...form, display_name: form.display_name.trim(), story: form.story.trim() || null },
      {
        onSuccess: () => {
          toast.success("Consent recorded", { description: `${form.display_name.trim()}, until ${formatDay(form.expires_on)}` })
          onRecorded()
        },
      }
    )
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Record consent" className="flex flex-col gap-y-4 px-6 py-4">
      <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
        <FormField id="consent_name" label="Display name she chose">
          <Input id="consent_name" maxLength={60} value={form.display_name} onChange={(e) => set({ display_name: e.target.value })} />
        </FormField>
        <FormField id="consent_signed" label="Signed on">
          <Input id="consent_signed" type="date" value={form.signed_on} onChange={(e) => set({ signed_on: e.target.value })} />
        </FormField>
        <FormField id="consent_expires" label="Expires on" hint="At most three years after signing.">
          <Input
            id="consent_expires"
            type="date"
            min={form.signed_on}
            max={/^\d{4}-\d{2}-\d{2}$/.test(form.signed_on) ? latestExpiry(form.signed_on) : undefined}
            value={form.expires_on}
            onChange={(e) => set({ expires_on: e.target.value })}
          />
        </FormField>
      </div>
      <FormField id="consent_story" label="Her story, as she agreed it may be told (optional)">
        <Textarea id="consent_story" rows={4} maxLength={2000} value={form.story} onChange={(e) => set({ story: e.target.value })} />
      </FormField>
      <div className="flex items-center gap-x-2">
        <Checkbox id="consent_photo" checked={form.photo_allowed} onCheckedChange={(v) => set({ photo_allowed: v === true })} />
        <Label htmlFor="consent_photo" size="small">She agreed that her photo may be shown</Label>
      </div>
      {problem && <Hint variant="error">{problem}</Hint>}
      {record.isError && <Hint variant="error">{messageOf(record.error)}</Hint>}
      <div className="flex justify-end">
        <Button size="small" type="submit" isLoading={record.isPending}>Record consent</Button>
      </div>
    </form>
  )
}
