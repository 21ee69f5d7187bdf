import type { PayslipLine } from "./pay-runs"

export type PayslipSection = { title: string; note?: string; lines: PayslipLine[]; total_paise: number }

const SECTIONS: Array<{ title: string; note?: string; kinds: readonly string[] }> = [
  { title: "Earnings", kinds: ["earning", "stipend", "adjustment"] },
  { title: "Deductions", kinds: ["deduction"] },
  { title: "Rounding", note: "Net pay is paid to the rupee.", kinds: ["rounding"] },
  { title: "Paid by Mukti on top of wages", note: "Not taken from the artisan's pay.", kinds: ["employer"] },
]

/**
 * A payslip's lines under the headings a payslip reads in, each keeping the
 * engine's order; a line of a kind no heading knows still shows, under "Other",
 * so nothing the engine wrote is ever hidden.
 */
export function payslipSections(lines: readonly PayslipLine[]): PayslipSection[] {
  const known = new Set(SECTIONS.flatMap((s) => s.kinds))
  const sections = SECTIONS.map(({ title, note, kinds }) => ({ title, note, lines: lines.filter((l) => kinds.includes(l.kind)) }))
  sections.push({ title: "Other", note: undefined, lines: lines.filter((l) => !known.has(l.kind)) })
  return sections
    .filter((s) => s.lines.length > 0)
    .map((s) => ({ ...s, total_paise: s.lines.reduce((sum, l) => sum + l.amount_paise, 0) }))
}
