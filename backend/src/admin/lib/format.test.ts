import { describe, expect, it } from "vitest"
import { formatDay, formatMoment, formatPaise, formatPeriod, previousMonthInIst, todayInIst } from "./format"

describe("formatPaise", () => {
  it("shows paise as rupees with Indian digit grouping", () => {
    // 1,23,45,678 paise = Rs 1,23,456.78: lakhs and crores group in twos after the first thousand.
    expect(formatPaise(12_345_678)).toBe("₹1,23,456.78")
    expect(formatPaise(1_00_00_000_00)).toBe("₹1,00,00,000.00")
  })

  it("keeps single paise exact, where dividing by 100 as a float would not", () => {
    expect(formatPaise(10)).toBe("₹0.10")
    expect(formatPaise(1)).toBe("₹0.01")
    expect(formatPaise(0)).toBe("₹0.00")
    // 2^53 - 1 paise: far beyond any payroll, still exact to the paisa.
    expect(formatPaise(Number.MAX_SAFE_INTEGER)).toBe("₹9,00,71,99,25,47,409.91")
  })

  it("shows deductions and reversals with a minus sign", () => {
    expect(formatPaise(-20_050)).toBe("-₹200.50")
  })

  it("refuses fractions of a paisa rather than rounding them away", () => {
    expect(() => formatPaise(10.5)).toThrow(RangeError)
  })
})

describe("dates in IST", () => {
  it("shows a calendar day as that day, wherever the browser is", () => {
    expect(formatDay("2026-11-01")).toBe("1 Nov 2026")
    expect(formatPeriod("2026-11-01", "2026-11-30")).toBe("1 Nov 2026 – 30 Nov 2026")
  })

  it("shows a UTC timestamp at its IST wall-clock time", () => {
    // 20:00 UTC on 31 Oct is 01:30 on 1 Nov in Kolkata (UTC+05:30).
    expect(formatMoment("2026-10-31T20:00:00Z")).toMatch(/^1 Nov 2026, 01:30\sam IST$/i)
    expect(formatMoment(null)).toBe("—")
  })

  it("takes today and last month from the IST calendar, not UTC", () => {
    // 19:00 UTC on 31 Jan is already 1 Feb in Kolkata, so last month is January.
    const justAfterMidnightInKolkata = new Date("2026-01-31T19:00:00Z")
    expect(todayInIst(justAfterMidnightInKolkata)).toBe("2026-02-01")
    expect(previousMonthInIst(justAfterMidnightInKolkata)).toEqual({ start: "2026-01-01", end: "2026-01-31" })
    expect(previousMonthInIst(new Date("2026-01-15T06:00:00Z"))).toEqual({ start: "2025-12-01", end: "2025-12-31" })
    expect(previousMonthInIst(new Date("2028-03-10T06:00:00Z"))).toEqual({ start: "2028-02-01", end: "2028-02-29" })
  })
})
