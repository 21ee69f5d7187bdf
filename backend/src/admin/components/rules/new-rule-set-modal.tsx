import { Alert, Button, FocusModal, Hint, Input, Label, Text, Textarea, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useNavigate } from "react-router-dom"
import { firstOfNextMonth, todayInIst } from "../../lib/format"
import { type RuleSetVersion, useCreateRuleSet } from "../../lib/rule-sets"
import { editableRules, rulesFromEditor } from "../../lib/rule-set-view"
import { messageOf } from "../../lib/sdk"

type NewRuleSetModalProps = { base: RuleSetVersion; trigger: string }

/**
 * A new version of the rules, starting from `base` with the changes made here.
 * The API checks the rules against the engine's schema and says what is wrong.
 */
export const NewRuleSetModal = ({ base, trigger }: NewRuleSetModalProps) => {
  const [open, setOpen] = useState(false)
  const [name, setName] = useState(base.name)
  const [effectiveFrom, setEffectiveFrom] = useState(firstOfNextMonth(todayInIst()))
  const [sourceNote, setSourceNote] = useState("")
  const [rulesText, setRulesText] = useState(() => editableRules(base.rules))
  const [localError, setLocalError] = useState<string | null>(null)
  const create = useCreateRuleSet()
  const navigate = useNavigate()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const parsed = rulesFromEditor(rulesText, name.trim(), effectiveFrom)
    setLocalError(parsed.ok ? null : parsed.error)
    if (!parsed.ok) return
    create.mutate(
      { name: name.trim(), effective_from: effectiveFrom, source_note: sourceNote.trim(), rules: parsed.rules },
      {
        onSuccess: ({ rule_set }) => {
          toast.success(`Version ${rule_set.version} added`, { description: "Pay runs for periods from its start date use it." })
          setOpen(false)
          navigate(`/rule-sets/${rule_set.id}`)
        },
      }
    )
  }

  // Each opening starts again from the base version, whatever was typed last time.
  const openOrClose = (next: boolean) => {
    if (next) {
      setName(base.name)
      setEffectiveFrom(firstOfNextMonth(todayInIst()))
      setSourceNote("")
      setRulesText(editableRules(base.rules))
    }
    create.reset()
    setLocalError(null)
    setOpen(next)
  }

  const problem = localError ?? (create.isError ? messageOf(create.error) : null)

  return (
    <FocusModal open={open} onOpenChange={openOrClose}>
      <FocusModal.Trigger asChild>
        <Button size="small" variant="secondary">{trigger}</Button>
      </FocusModal.Trigger>
      <FocusModal.Content>
        <form onSubmit={submit} className="flex h-full flex-col overflow-hidden">
          <FocusModal.Header>
            <FocusModal.Title>New version of the wage rules</FocusModal.Title>
            <Button size="small" type="submit" isLoading={create.isPending}>Save new version</Button>
          </FocusModal.Header>
          <FocusModal.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto px-6 py-6">
            <div className="mx-auto flex w-full max-w-[880px] flex-col gap-y-4">
              <Text size="small" className="text-ui-fg-subtle">
                Starts from version {base.version} ({base.name}). Versions are never edited: this one applies to pay periods from its start date.
              </Text>
              {problem && <Alert variant="error" role="alert" aria-label="Not saved">{problem}</Alert>}
              <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
                <div className="flex flex-col gap-y-1">
                  <Label htmlFor="rule_set_name" size="small">Name</Label>
                  <Input id="rule_set_name" required minLength={3} maxLength={120} value={name} onChange={(e) => setName(e.target.value)} />
                </div>
                <div className="flex flex-col gap-y-1">
                  <Label htmlFor="rule_set_from" size="small">In force from</Label>
                  <Input id="rule_set_from" type="date" required value={effectiveFrom} onChange={(e) => setEffectiveFrom(e.target.value)} />
                </div>
              </div>
              <div className="flex flex-col gap-y-1">
                <Label htmlFor="rule_set_source" size="small">What changed, and the source of the new figures</Label>
                <Textarea id="rule_set_source" required minLength={10} maxLength={4000} value={sourceNote}
                  placeholder="Minimum wages revised by the Labour Directorate's notification of 1 January 2027" onChange={(e) => setSourceNote(e.target.value)} />
              </div>
              <div className="flex flex-col gap-y-1">
                <Label htmlFor="rule_set_rules" size="small">Rules (JSON; amounts in paise, rates in basis points: 12% is 1200)</Label>
                <Textarea id="rule_set_rules" required spellCheck={false} rows={28} className="font-mono text-xs" value={rulesText}
                  onChange={(e) => setRulesText(e.target.value)} />
                <Hint>The name and start date above are written into the rules when you save.</Hint>
              </div>
            </div>
          </FocusModal.Body>
        </form>
      </FocusModal.Content>
    </FocusModal>
  )
}
