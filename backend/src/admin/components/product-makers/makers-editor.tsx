import { Plus } from "@medusajs/icons"
import { Button, Hint, toast } from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import {
  checkShares,
  draftsOf,
  evenShares,
  MAX_MAKER_GROUPS,
  type MakerShare,
  type ShareDraft,
  useSetProductMakers,
} from "../../lib/attribution"
import { messageOf } from "../../lib/sdk"
import { ShareLine } from "./share-line"
import { ShareTotal } from "./share-total"

type MakersEditorProps = {
  productId: string
  makers: MakerShare[]
  groups: Array<{ id: string; name: string }>
  onDone: () => void
}

const EMPTY_LINE: ShareDraft = { artisan_group_id: "", percent: "" }

/** Edits the maker groups and shares; saving stays disabled until the shares add up to 100. */
export const MakersEditor = ({ productId, makers, groups, onDone }: MakersEditorProps) => {
  const [drafts, setDrafts] = useState<ShareDraft[]>(() => (makers.length ? draftsOf(makers) : [{ ...EMPTY_LINE, percent: "100" }]))
  const save = useSetProductMakers(productId)
  const check = checkShares(drafts)
  const taken = new Set(drafts.map((draft) => draft.artisan_group_id).filter(Boolean))

  const change = (index: number, draft: ShareDraft) => setDrafts((current) => current.map((line, at) => (at === index ? draft : line)))
  const remove = (index: number) => setDrafts((current) => current.filter((_, at) => at !== index))
  const splitEvenly = () => setDrafts((current) => evenShares(current.length).map((share, at) => ({ ...current[at], percent: String(share) })))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (check.problem) return
    save.mutate(drafts, {
      onSuccess: () => {
        toast.success("Makers saved", { description: `${drafts.length} group${drafts.length === 1 ? "" : "s"}, 100% shared` })
        onDone()
      },
    })
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Edit makers" className="flex flex-col gap-y-3 px-6 py-4">
      {drafts.map((draft, index) => (
        <ShareLine
          key={index}
          draft={draft}
          groups={groups}
          taken={taken}
          problem={check.lineProblems[index]}
          onChange={(next) => change(index, next)}
          onRemove={() => remove(index)}
        />
      ))}
      <div className="flex flex-wrap items-center gap-2">
        <Button
          type="button"
          size="small"
          variant="secondary"
          disabled={drafts.length >= Math.min(MAX_MAKER_GROUPS, groups.length)}
          onClick={() => setDrafts((current) => [...current, EMPTY_LINE])}
        >
          <Plus /> Add group
        </Button>
        <Button type="button" size="small" variant="transparent" disabled={drafts.length < 2} onClick={splitEvenly}>
          Split evenly
        </Button>
      </div>
      <ShareTotal check={check} />
      {save.isError && <Hint variant="error">{messageOf(save.error)}</Hint>}
      <div className="flex justify-end gap-x-2">
        <Button type="button" size="small" variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" size="small" disabled={Boolean(check.problem)} isLoading={save.isPending}>
          Save makers
        </Button>
      </div>
    </form>
  )
}
