import { describe, expect, it } from "vitest"
import { epf } from "./epf"
import { esi } from "./esi"
import { professionalTax } from "./professional-tax"
import { WEST_BENGAL_2025 as WB } from "./rule-sets/west-bengal-2025"

describe("EPF", () => {
  it.each([
    // wages, employee 12%, pension 8.33% (capped at 15,000), employer provident 12% - pension
    [1200000, 144000, 100000, 44000], // 12,000: 1,440; 999.60 -> 1,000; 1,440 - 1,000 = 440
    [1500000, 180000, 125000, 55000], // at the ceiling: 8.33% x 15,000 = 1,249.50 -> 1,250; 1,800 - 1,250 = 550
    [2000000, 240000, 125000, 115000], // above: pension stays on 15,000 = 1,250
  ])("on wages of %i paise takes %i from her and splits the employer's share %i + %i", (wages, employee, pension, provident) => {
    const result = epf(wages, WB)
    expect(result.employee.amount).toBe(employee)
    expect(result.employer.map((l) => l.amount)).toEqual([pension, provident])
  })

  it("says when the pension share is capped", () => {
    expect(epf(2000000, WB).employer[0].basis).toBe("8.33% x 15,000.00 wages (capped at the 15,000.00 ceiling), to the nearest rupee")
  })
})

describe("ESI", () => {
  it("takes 0.75% and adds 3.25%, rounded up to the rupee, up to the ceiling", () => {
    // 21,000.00 x 0.75% = 157.50 -> 158; x 3.25% = 682.50 -> 683
    const result = esi(2100000, 26, WB)
    expect(result.employee!.amount).toBe(15800)
    expect(result.employer!.amount).toBe(68300)
  })

  it("does not apply above the ceiling", () => {
    expect(esi(2100100, 26, WB)).toEqual({ employee: null, employer: null })
  })

  it("waives her share at or below the daily threshold while the employer still pays", () => {
    // 4,400.00 over 25 days = 176.00/day: waived; employer 3.25% = 143.00
    const result = esi(440000, 25, WB)
    expect(result.employee).toMatchObject({ amount: 0, basis: expect.stringContaining("at or below 176.00") })
    expect(result.employer!.amount).toBe(14300)
    // 4,401.00 over 25 days = 176.04/day: she pays 33.0075 -> 34
    expect(esi(440100, 25, WB).employee!.amount).toBe(3400)
  })
})

describe("West Bengal professional tax", () => {
  it.each([
    [1000000, null],
    [1000100, 11000],
    [1500000, 11000],
    [1500100, 13000],
    [2500000, 13000],
    [2500100, 15000],
    [4000000, 15000],
    [4000100, 20000],
  ])("on gross %i paise is %s", (gross, tax) => {
    expect(professionalTax(gross, WB)?.amount ?? null).toBe(tax)
  })

  it("names the slab in its basis", () => {
    expect(professionalTax(1200000, WB)!.basis).toBe("gross 12,000.00 falls in the 10,001.00 to 15,000.00 slab")
    expect(professionalTax(5000000, WB)!.basis).toBe("gross 50,000.00 falls in the above 40,000.00 slab")
  })
})
