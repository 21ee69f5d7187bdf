/**
 * Paise from money as the admin shows it ("₹7,67,689.00", "-₹51.00") or as the
 * register CSV writes it ("767689.00"), by reading the digits, never through a float.
 */
export function paiseOf(text: string): number {
  const cleaned = text.replace(/[₹,\s]/g, "").replace(/\u2212/g, "-")
  const match = cleaned.match(/^(-?)(\d+)(?:\.(\d{1,2}))?$/)
  if (!match) throw new Error(`"${text}" is not an amount of money`)
  const [, sign, rupees, fraction = ""] = match
  const paise = Number(rupees) * 100 + Number(fraction.padEnd(2, "0"))
  return sign ? -paise : paise
}
