import { Button, Drawer, Hint, Input, Label, Select, Text, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { formatPaise, todayInIst } from "../../lib/format"
import { type PaymentInput, type PayslipRow, useRecordPayment } from "../../lib/pay-runs"
import { messageOf } from "../../lib/sdk"

const EVERYONE = "all-unpaid"

type RecordPaymentDrawerProps = { payRunId: string; payslips: PayslipRow[] }

/** Records a transfer or cash payment for every unpaid payslip, or for one artisan. */
export const RecordPaymentDrawer = ({ payRunId, payslips }: RecordPaymentDrawerProps) => {
  const [open, setOpen] = useState(false)
  const [reference, setReference] = useState("")
  const [method, setMethod] = useState<PaymentInput["method"]>("bank_transfer")
  const [paidOn, setPaidOn] = useState(todayInIst())
  const [payslipId, setPayslipId] = useState(EVERYONE)
  const record = useRecordPayment(payRunId)
  const unpaid = payslips.filter((p) => !p.paid)
  const amount = unpaid.filter((p) => payslipId === EVERYONE || p.id === payslipId).reduce((sum, p) => sum + p.net_paise, 0)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const body: PaymentInput = { reference, method, paid_on: paidOn, ...(payslipId === EVERYONE ? {} : { payslip_id: payslipId }) }
    record.mutate(body, {
      onSuccess: ({ payments }) => {
        toast.success("Payment recorded", { description: `${payments.length} payslip(s) marked paid.` })
        setOpen(false)
        setReference("")
        setPayslipId(EVERYONE)
      },
    })
  }

  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" disabled={!unpaid.length}>Record payment</Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <form onSubmit={submit} className="flex h-full flex-col">
          <Drawer.Header>
            <Drawer.Title>Record payment</Drawer.Title>
            <Drawer.Description>{unpaid.length} payslip(s) are unpaid.</Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4">
            <div className="flex flex-col gap-y-1">
              <Label size="small">Paying</Label>
              <Select value={payslipId} onValueChange={setPayslipId}>
                <Select.Trigger><Select.Value /></Select.Trigger>
                <Select.Content>
                  <Select.Item value={EVERYONE}>Every unpaid payslip</Select.Item>
                  {unpaid.map((p) => (
                    <Select.Item key={p.id} value={p.id}>{p.artisan_code} · {formatPaise(p.net_paise)}</Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
            <div className="flex flex-col gap-y-1">
              <Label size="small">Method</Label>
              <Select value={method} onValueChange={(value) => setMethod(value as PaymentInput["method"])}>
                <Select.Trigger><Select.Value /></Select.Trigger>
                <Select.Content>
                  <Select.Item value="bank_transfer">Bank transfer</Select.Item>
                  <Select.Item value="cash">Cash</Select.Item>
                </Select.Content>
              </Select>
            </div>
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="payment_reference" size="small">Reference</Label>
              <Input id="payment_reference" required minLength={3} maxLength={100} placeholder="UTR or cash book entry"
                value={reference} onChange={(e) => setReference(e.target.value)} />
            </div>
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="payment_paid_on" size="small">Paid on</Label>
              <Input id="payment_paid_on" type="date" required value={paidOn} onChange={(e) => setPaidOn(e.target.value)} />
            </div>
            <Text size="small">Amount: <span className="font-medium">{formatPaise(amount)}</span></Text>
            {record.isError && <Hint variant="error">{messageOf(record.error)}</Hint>}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild><Button size="small" variant="secondary" type="button">Close</Button></Drawer.Close>
            <Button size="small" type="submit" isLoading={record.isPending}>Record {formatPaise(amount)}</Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
