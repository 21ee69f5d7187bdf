/**
 * Money is a whole number of paise. Every operation that can produce a
 * fraction takes the rounding mode by name, so each figure states how it was
 * rounded; nothing in a money path ever goes through a floating-point value.
 */
export type Paise = number

export type RoundingMode = "half_up_paise" | "up_rupee" | "nearest_rupee" | "down_paise"

/** A rate written as numerator/denominator, e.g. 12% as 12/100 or 8.33% as 833/10000. */
export type Rational = { numerator: number; denominator: number }

export function assertPaise(value: number, what = "amount"): Paise {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} must be a whole number of paise, got ${value}`)
  return value
}

export function sum(values: readonly Paise[]): Paise {
  let total = 0
  for (const v of values) total += v
  return assertPaise(total, "sum")
}

/** Divides two integers and rounds the exact quotient by `mode` (for negative values, half-up rounds away from zero). */
export function divide(numerator: number, denominator: number, mode: RoundingMode): Paise {
  assertPaise(numerator, "numerator")
  if (!Number.isSafeInteger(denominator) || denominator <= 0) throw new RangeError(`denominator must be a positive integer`)
  const sign = numerator < 0 ? -1 : 1
  const n = Math.abs(numerator)
  const quotient = Math.floor(n / denominator)
  const remainder = n - quotient * denominator
  let paise: number
  switch (mode) {
    case "down_paise":
      paise = quotient
      break
    case "half_up_paise":
      paise = remainder * 2 >= denominator ? quotient + 1 : quotient
      break
    case "up_rupee": {
      const exact = remainder > 0 ? quotient + 1 : quotient
      paise = Math.ceil(exact / 100) * 100
      break
    }
    case "nearest_rupee": {
      // compare n/denominator with the half-rupee boundary exactly, in integers
      const rupees = Math.floor(n / (denominator * 100))
      const left = n - rupees * denominator * 100
      paise = (left * 2 >= denominator * 100 ? rupees + 1 : rupees) * 100
      break
    }
  }
  return assertPaise(paise === 0 ? 0 : sign * paise, "result")
}

export function multiply(amount: Paise, rate: Rational, mode: RoundingMode): Paise {
  return divide(assertPaise(amount) * rate.numerator, rate.denominator, mode)
}

/** Basis points of a percent: 12% is 1200, 8.33% is 833, 0.75% is 75. */
export function percent(amount: Paise, basisPoints: number, mode: RoundingMode): Paise {
  return multiply(amount, { numerator: basisPoints, denominator: 10_000 }, mode)
}

export function roundTo(amount: Paise, mode: RoundingMode): Paise {
  return divide(amount, 1, mode)
}

export const rupees = (whole: number): Paise => assertPaise(whole * 100)
