import { describe, expect, it } from "vitest"
import { gratuity } from "./gratuity"
import { WEST_BENGAL_2025 as WB } from "./rule-sets/west-bengal-2025"

describe("gratuity", () => {
  it("is 15/26 of a month's wage per completed year, rounded half-up to the rupee", () => {
    // 15 x 15,000.00 x 5 / 26 = 43,269.23 -> 43,269
    const result = gratuity({ completed_years: 5, reason: "resignation", last_month_wages_paise: 1500000 }, WB)
    expect(result).toMatchObject({ eligible: true, amount: 4326900, capped: false })
    expect(result.basis).toBe("15/26 x last month's wages 15,000.00 x 5 years = 43,269.00")
  })

  it("takes a piece worker's wage as the average of her last three months without overtime", () => {
    // (14,000 + 15,500 + 16,100) / 3 = 15,200.00; 15 x 15,200 x 6 / 26 = 52,615.38 -> 52,615
    const result = gratuity({ completed_years: 6, reason: "retirement", last_three_months_wages_paise: [1400000, 1550000, 1610000] }, WB)
    expect(result.wage_paise).toBe(1520000)
    expect(result.amount).toBe(5261500)
  })

  it("is not payable before five years on resignation", () => {
    expect(gratuity({ completed_years: 4, reason: "resignation", last_month_wages_paise: 1500000 }, WB)).toMatchObject({
      eligible: false,
      amount: 0,
      basis: "4 completed years is less than the 5 the Act requires on resignation",
    })
  })

  it("is payable on death before five years", () => {
    // 15 x 15,000 x 2 / 26 = 17,307.69 -> 17,308
    const result = gratuity({ completed_years: 2, reason: "death", last_month_wages_paise: 1500000 }, WB)
    expect(result).toMatchObject({ eligible: true, amount: 1730800 })
    expect(result.basis).toMatch(/no minimum service on death/)
  })

  it("stops at the 20 lakh ceiling", () => {
    // 15 x 1,00,000 x 40 / 26 = 23,07,692 > 20,00,000
    const result = gratuity({ completed_years: 40, reason: "superannuation", last_month_wages_paise: 10000000 }, WB)
    expect(result).toMatchObject({ amount: 200000000, capped: true })
    expect(result.basis).toMatch(/capped at 20,00,000.00$/)
  })
})
