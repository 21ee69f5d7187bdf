import { checkOutputRows, OutputRulesContext, OutputRow } from "./output-rules"

const context = (overrides: Partial<OutputRulesContext> = {}): OutputRulesContext => ({
  today: "2026-11-20",
  group_id: "grp_1",
  artisans: new Map([
    ["art_1", { id: "art_1", code: "K-001", group_id: "grp_1", employment_kind: "employee", training_start: null, segments: [{ hire_date: "2024-01-01", exit_date: null }] }],
    ["art_2", { id: "art_2", code: "K-002", group_id: "grp_1", employment_kind: "employee", training_start: null, segments: [{ hire_date: "2020-01-01", exit_date: "2026-06-30" }] }],
    ["art_3", { id: "art_3", code: "J-003", group_id: "grp_2", employment_kind: "trainee", training_start: "2026-10-01", segments: [] }],
  ]),
  tasks: new Map([
    ["task_1", { id: "task_1", code: "STITCH", is_active: true, rates: [{ effective_from: "2026-01-01" }] }],
    ["task_2", { id: "task_2", code: "OLD", is_active: false, rates: [{ effective_from: "2020-01-01" }] }],
  ]),
  alreadyRecorded: new Set(),
  ...overrides,
})

const row = (overrides: Partial<OutputRow> = {}): OutputRow => ({
  artisan_id: "art_1",
  task_id: "task_1",
  work_date: "2026-11-19",
  quantity_accepted: 4,
  quantity_rejected: 0,
  hours: 8,
  ...overrides,
})

describe("checking a day's output sheet", () => {
  it("accepts a sheet of active artisans on tasks with a rate in force", () => {
    expect(checkOutputRows([row()], context())).toEqual([])
  })

  it("reports each bad row by its index with a reason a person can act on", () => {
    const errors = checkOutputRows(
      [
        row(),
        row({ work_date: "2026-11-21" }),
        row({ artisan_id: "art_2" }),
        row({ artisan_id: "art_3", work_date: "2026-11-18" }),
        row({ task_id: "task_2" }),
        row({ work_date: "2025-12-31" }),
      ],
      context()
    )
    expect(errors.map((e) => e.index)).toEqual([1, 2, 3, 4, 5])
    expect(errors[0].reason).toMatch(/in the future/)
    expect(errors[1].reason).toMatch(/K-002 was not employed/)
    expect(errors[2].reason).toMatch(/does not belong to this group/)
    expect(errors[3].reason).toMatch(/no longer in use/)
    expect(errors[4].reason).toMatch(/no piece rate in force on 2025-12-31/)
  })

  it("refuses the same artisan, task and date twice in one sheet or again after it was recorded", () => {
    expect(checkOutputRows([row(), row()], context())).toEqual([
      { index: 1, reason: "Same artisan, task and date as row 1; combine them into one row." },
    ])
    const recorded = context({ alreadyRecorded: new Set(["art_1|task_1|2026-11-19"]) })
    expect(checkOutputRows([row()], recorded)[0].reason).toMatch(/Already recorded/)
  })

  it("refuses work dated inside an approved pay run's period", () => {
    const ctx = context({ closedPeriods: [{ start: "2026-11-01", end: "2026-11-19" }] })
    expect(checkOutputRows([row()], ctx)[0].reason).toMatch(/in the approved pay run for 2026-11-01 to 2026-11-19/)
  })

  it("counts a trainee as active from her training start", () => {
    const ctx = context({ group_id: undefined })
    expect(checkOutputRows([row({ artisan_id: "art_3", work_date: "2026-10-01" })], ctx)).toEqual([])
    expect(checkOutputRows([row({ artisan_id: "art_3", work_date: "2026-09-30" })], ctx)).toHaveLength(1)
  })
})
