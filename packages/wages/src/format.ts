import type { Paise } from "./money"

const grouping = new Intl.NumberFormat("en-IN", { minimumFractionDigits: 2, maximumFractionDigits: 2 })

/** 231000 paise as "2,310.00", with Indian digit grouping (1,00,000.00). */
export function formatRupees(amount: Paise): string {
  const sign = amount < 0 ? "-" : ""
  const abs = Math.abs(amount)
  const whole = Math.floor(abs / 100)
  const fraction = String(abs % 100).padStart(2, "0")
  return `${sign}${grouping.format(whole).replace(/\.00$/, "")}.${fraction}`
}

/** Minutes as hours for people: 450 as "7.5 h", 480 as "8 h". */
export function formatHours(minutes: number): string {
  const hours = minutes / 60
  return `${Number.isInteger(hours) ? hours : hours.toFixed(2).replace(/0$/, "")} h`
}

/** Basis points as a percent: 833 as "8.33%". */
export function formatPercent(basisPoints: number): string {
  return `${(basisPoints / 100).toString()}%`
}
