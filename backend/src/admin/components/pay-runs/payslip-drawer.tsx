import { Drawer, Text } from "@medusajs/ui"
import { formatHours, formatPaise } from "../../lib/format"
import { type PayslipDetail, usePayslip } from "../../lib/pay-runs"
import { messageOf } from "../../lib/sdk"
import { Figure } from "./figure"
import { PayslipFlags } from "./payslip-flags"
import { PayslipLines } from "./payslip-lines"

const perHour = (paise: number | null) => (paise === null ? "not set" : `${formatPaise(paise)}/h`)

/** The headline figures, and the hourly rate set against the floor and the living wage. */
const PayslipFigures = ({ payslip }: { payslip: PayslipDetail }) => (
  <div className="grid grid-cols-2 gap-4 md:grid-cols-3">
    <Figure label="Gross" value={formatPaise(payslip.gross_paise)} />
    <Figure label="Deductions" value={formatPaise(payslip.deductions_paise)} />
    <Figure label="Net pay" value={formatPaise(payslip.net_paise)} />
    <Figure label="Days worked" value={String(payslip.days_worked)} />
    <Figure label="Hours" value={formatHours(payslip.hours)} />
    <Figure label="Pieces" value={String(payslip.pieces)} />
    <Figure label="Earned per hour" value={perHour(payslip.effective_hourly_paise)} hint="Pieces, top-up and overtime over hours" />
    <Figure label="Fair-wage floor" value={perHour(payslip.floor_hourly_paise)} />
    <Figure label="Living wage" value={perHour(payslip.living_hourly_paise)} />
  </div>
)

type PayslipDrawerProps = { payRunId: string; artisanId: string | null; onClose: () => void }

/** One artisan's payslip, opened from the register. */
export const PayslipDrawer = ({ payRunId, artisanId, onClose }: PayslipDrawerProps) => {
  const { data, error, isLoading } = usePayslip(payRunId, artisanId)
  const payslip = data?.payslip
  return (
    <Drawer open={Boolean(artisanId)} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content className="max-w-[640px]">
        <Drawer.Header>
          <Drawer.Title>Payslip {payslip ? `for ${payslip.artisan_code}` : ""}</Drawer.Title>
          <Drawer.Description className={payslip ? "text-ui-fg-subtle" : "sr-only"}>
            {payslip
              ? `${payslip.skill_grade.replace(/_/g, " ")} · ${payslip.employment_kind.replace(/_/g, " ")}`
              : "Every line of the payslip and how it was worked out."}
          </Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
          {isLoading && <Text size="small" className="text-ui-fg-subtle">Loading…</Text>}
          {error && <Text size="small" className="text-ui-fg-error">{messageOf(error)}</Text>}
          {payslip && (
            <>
              <PayslipFigures payslip={payslip} />
              <PayslipFlags flags={payslip.flags} />
              <PayslipLines lines={payslip.lines} />
            </>
          )}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}
