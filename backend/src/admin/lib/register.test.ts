import { describe, expect, it } from "vitest"
import type { PayslipRow } from "./pay-runs"
import { nextSort, registerRows } from "./register"

const slip = (artisan_code: string, net_paise: number): PayslipRow => ({
  id: `ps_${artisan_code}`,
  artisan_id: `art_${artisan_code}`,
  artisan_code,
  group_id: null,
  skill_grade: "semi_skilled",
  employment_kind: "piece_rated",
  hours: 0,
  pieces: 0,
  days_worked: 0,
  gross_paise: net_paise,
  deductions_paise: 0,
  net_paise,
  employer_paise: 0,
  effective_hourly_paise: 0,
  floor_hourly_paise: 0,
  living_hourly_paise: null,
  flags: { below_minimum_before_top_up: false, below_living_wage: false, overtime_beyond_limits: false },
  paid: false,
})

const rows = [slip("KOL-010", 500_00), slip("KOL-2", 900_00), slip("SAL-1", 500_00)]

describe("the wage register table", () => {
  it("sorts artisan codes the way people count, so KOL-2 comes before KOL-010", () => {
    const sorted = registerRows(rows, "", { column: "artisan_code", direction: "asc" })
    expect(sorted.map((r) => r.artisan_code)).toEqual(["KOL-2", "KOL-010", "SAL-1"])
  })

  it("sorts amounts as numbers and breaks ties by artisan code", () => {
    const sorted = registerRows(rows, "", { column: "net_paise", direction: "desc" })
    expect(sorted.map((r) => r.artisan_code)).toEqual(["KOL-2", "KOL-010", "SAL-1"])
  })

  it("finds artisans by any part of their code, in any case", () => {
    expect(registerRows(rows, " kol ", { column: "artisan_code", direction: "asc" })).toHaveLength(2)
    expect(registerRows(rows, "sal-1", { column: "artisan_code", direction: "asc" })[0].artisan_code).toBe("SAL-1")
  })

  it("flips the direction on a second click and starts amounts with the biggest", () => {
    expect(nextSort({ column: "net_paise", direction: "desc" }, "net_paise")).toEqual({ column: "net_paise", direction: "asc" })
    expect(nextSort({ column: "artisan_code", direction: "asc" }, "gross_paise")).toEqual({ column: "gross_paise", direction: "desc" })
  })
})
