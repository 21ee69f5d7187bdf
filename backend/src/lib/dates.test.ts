import { addYears, isIsoDate, isoFromDate, todayInKolkata } from "./dates"

describe("work dates", () => {
  it("accepts real calendar days and refuses impossible ones", () => {
    expect(isIsoDate("2026-02-28")).toBe(true)
    expect(isIsoDate("2026-02-29")).toBe(false)
    expect(isIsoDate("2026-2-1")).toBe(false)
  })

  it("takes today from Kolkata's clock, not the server's", () => {
    // 20:00 UTC on 1 March is 01:30 on 2 March in Kolkata
    expect(todayInKolkata(new Date("2026-03-01T20:00:00Z"))).toBe("2026-03-02")
    expect(todayInKolkata(new Date("2026-03-01T18:00:00Z"))).toBe("2026-03-01")
  })

  it("puts a leap-day anniversary on 28 February", () => {
    expect(addYears("2024-02-29", 3)).toBe("2027-02-28")
    expect(addYears("2025-06-15", 3)).toBe("2028-06-15")
  })

  it("round-trips a stored midnight-UTC date", () => {
    expect(isoFromDate(new Date("2026-10-31T00:00:00Z"))).toBe("2026-10-31")
  })
})
