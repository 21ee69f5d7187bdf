import { Badge, Button, Container, Heading, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { dayOf } from "../../lib/artisan-format"
import { type Consent, useWithdrawConsent } from "../../lib/artisans"
import { type ConsentState, consentState } from "../../lib/consent"
import { formatDay, todayInIst } from "../../lib/format"
import { messageOf } from "../../lib/sdk"
import { RowActionCell } from "../common/row-action-cell"
import { ConsentForm } from "./consent-form"

const STATE_BADGES: Record<ConsentState, { color: "green" | "orange" | "grey" | "blue"; text: string }> = {
  current: { color: "green", text: "current" },
  expired: { color: "orange", text: "expired" },
  withdrawn: { color: "grey", text: "withdrawn" },
  not_yet_signed: { color: "blue", text: "starts later" },
}

const daysOf = (consent: Consent) => ({
  signed_on: dayOf(consent.signed_on) ?? "",
  expires_on: dayOf(consent.expires_on) ?? "",
  withdrawn_on: dayOf(consent.withdrawn_on),
})

type ConsentsSectionProps = { artisanId: string; artisanCode: string; consents: Consent[]; canEdit: boolean }

/** Her consents to appear in the shop; only a current one makes anything about her public. */
export const ConsentsSection = ({ artisanId, artisanCode, consents, canEdit }: ConsentsSectionProps) => {
  const [signing, setSigning] = useState(false)
  const withdraw = useWithdrawConsent(artisanId)
  const prompt = usePrompt()
  const today = todayInIst()
  const ordered = [...consents].sort((a, b) => b.signed_on.localeCompare(a.signed_on))

  const withdrawConsent = async (consent: Consent) => {
    const confirmed = await prompt({
      title: `Withdraw ${consent.display_name}'s consent?`,
      description: `From the next request the shop stops showing anything about ${artisanCode} under this consent. This cannot be undone; she can sign a new one.`,
      confirmText: "Withdraw consent",
      cancelText: "Keep it",
    })
    if (!confirmed) return
    withdraw.mutate(consent.id, {
      onSuccess: () => toast.success("Consent withdrawn", { description: consent.display_name }),
      onError: (error) => toast.error("Consent not withdrawn", { description: messageOf(error) }),
    })
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Consent to appear in the shop</Heading>
          <Text size="small" className="text-ui-fg-subtle">Without a current consent, nothing about her is public.</Text>
        </div>
        {canEdit && (
          <Button size="small" variant="secondary" onClick={() => setSigning((open) => !open)}>
            {signing ? "Close" : "Record signed consent"}
          </Button>
        )}
      </div>
      {signing && canEdit && <ConsentForm artisanId={artisanId} onRecorded={() => setSigning(false)} />}
      {ordered.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">No consent recorded: she does not appear in the shop.</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Display name</Table.HeaderCell>
              <Table.HeaderCell>Photo</Table.HeaderCell>
              <Table.HeaderCell>Signed</Table.HeaderCell>
              <Table.HeaderCell>Expires</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              {canEdit && <Table.HeaderCell className="text-right">Action</Table.HeaderCell>}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {ordered.map((consent) => {
              const days = daysOf(consent)
              const state = consentState(days, today)
              const badge = STATE_BADGES[state]
              return (
                <Table.Row key={consent.id}>
                  <Table.Cell>{consent.display_name}</Table.Cell>
                  <Table.Cell>{consent.photo_allowed ? "Allowed" : "No"}</Table.Cell>
                  <Table.Cell>{formatDay(days.signed_on)}</Table.Cell>
                  <Table.Cell>{formatDay(days.expires_on)}</Table.Cell>
                  <Table.Cell>
                    <Badge size="2xsmall" color={badge.color}>{badge.text}</Badge>
                    {days.withdrawn_on && <Text size="xsmall" className="text-ui-fg-subtle">on {formatDay(days.withdrawn_on)}</Text>}
                  </Table.Cell>
                  {canEdit && (
                    <RowActionCell label="Withdraw" show={!days.withdrawn_on} onClick={() => withdrawConsent(consent)} disabled={withdraw.isPending} />
                  )}
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}
