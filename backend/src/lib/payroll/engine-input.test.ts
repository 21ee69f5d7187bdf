import { engineInputs } from "./engine-input"
import type { PayRunChunk } from "./inputs"

const artisan = (id: string, employment_kind: "employee" | "trainee" = "employee") => ({
  id,
  code: id.toUpperCase(),
  group_id: "grp_1",
  skill_grade: "semi_skilled" as const,
  employment_kind,
  epf_enrolled: false,
  esi_enrolled: false,
})

const october = (parts: Partial<PayRunChunk>): PayRunChunk => ({
  artisans_in_scope: parts.artisans?.length ?? 0,
  artisans_before: 0,
  period_start: "2026-10-01",
  period_end: "2026-10-31",
  holidays: ["2026-10-20"],
  artisans: [],
  outputs: [],
  paid_leave: [],
  adjustments: [],
  ...parts,
})

const leaveDay = (artisan_id: string, leave_date: string) => ({ id: `leave_${artisan_id}_${leave_date}`, artisan_id, leave_date })

describe("engineInputs", () => {
  it("gives an employee on paid leave all period a payslip, with her leave days and no holidays", () => {
    const inputs = engineInputs(
      october({
        artisans: [artisan("art_leave"), artisan("art_idle")],
        paid_leave: [leaveDay("art_leave", "2026-10-05"), leaveDay("art_leave", "2026-10-06")],
      })
    )
    expect(inputs.map((i) => i.artisan.id)).toEqual(["art_leave"])
    expect(inputs[0].input.output).toEqual([])
    expect(inputs[0].input.attendance).toEqual({ paid_leave_days: 2, holidays: 0 })
  })

  it("does not count a holiday as a day of leave, nor give a trainee paid leave", () => {
    const inputs = engineInputs(
      october({
        artisans: [artisan("art_holiday"), artisan("art_trainee", "trainee")],
        paid_leave: [leaveDay("art_holiday", "2026-10-20"), leaveDay("art_trainee", "2026-10-05")],
      })
    )
    expect(inputs).toEqual([])
  })
})
