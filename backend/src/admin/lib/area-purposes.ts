/** What each finance page is for, said on the notice shown to those who may not use it. */
export const PURPOSE = {
  payRuns: "Pay runs compute, approve and record the artisans' wages.",
  rates: "Piece rates set what each task pays an artisan per accepted piece.",
  rules: "Wage rules hold the minimum wages, the fair-wage floor and the statutory rates pay runs apply.",
} as const
