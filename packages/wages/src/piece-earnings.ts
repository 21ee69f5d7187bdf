import { formatRupees } from "./format"
import { assertPaise, Paise } from "./money"
import type { OutputLine, PayslipLine } from "./types"

/**
 * Piece earnings: accepted quantity x the rate in force on the work date,
 * summed. The basis groups pieces by task and rate, in a fixed order, so it
 * reads the same whatever order the output arrived in.
 */
export function pieceEarnings(output: readonly OutputLine[]): { amount: Paise; pieces: number; line: PayslipLine } {
  const groups = new Map<string, { task: string; rate: Paise; pieces: number }>()
  let amount = 0
  let pieces = 0
  for (const o of output) {
    assertPaise(o.rate_paise, "rate")
    amount += o.quantity_accepted * o.rate_paise
    pieces += o.quantity_accepted
    const key = `${o.task}\u0000${o.rate_paise}`
    const group = groups.get(key) ?? { task: o.task, rate: o.rate_paise, pieces: 0 }
    group.pieces += o.quantity_accepted
    groups.set(key, group)
  }
  const parts = [...groups.values()]
    .sort((a, b) => a.task.localeCompare(b.task) || a.rate - b.rate)
    .map((g) => `${g.task} ${g.pieces} x ${formatRupees(g.rate)}`)
  return {
    amount: assertPaise(amount, "piece earnings"),
    pieces,
    line: {
      code: "piece_earnings",
      kind: "earning",
      label: "Piece earnings",
      amount,
      basis: parts.length ? `${parts.join(" + ")} = ${formatRupees(amount)}` : "no accepted pieces in the period",
    },
  }
}
