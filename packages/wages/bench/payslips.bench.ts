// Payslips for 1,000 artisans x 26 days x 3 tasks (78,000 output lines):
// prints output lines per second and the time of a whole run.
import { computePayslip, summarisePayRun, WEST_BENGAL_2025 } from "../src/index"
import type { OutputLine, PayslipInput } from "../src/index"

const ARTISANS = 1000
const TASKS = ["STITCH", "HEM", "STRING"]
const GRADES = ["unskilled", "semi_skilled", "skilled", "highly_skilled"] as const
const DAYS = Array.from({ length: 31 }, (_, i) => `2025-08-${String(i + 1).padStart(2, "0")}`)
  .filter((d) => new Date(`${d}T00:00:00Z`).getUTCDay() !== 0)
  .slice(0, 26)

function inputs(): PayslipInput[] {
  return Array.from({ length: ARTISANS }, (_, a) => {
    const output: OutputLine[] = []
    for (const [d, work_date] of DAYS.entries()) {
      for (const [t, task] of TASKS.entries()) {
        output.push({ work_date, task, quantity_accepted: 3 + ((a + d + t) % 9), rate_paise: 1500 + t * 1000, minutes_worked: 150 + ((a * 7 + d) % 4) * 15 })
      }
    }
    return {
      period: { start: "2025-08-01", end: "2025-08-31" },
      skill_grade: GRADES[a % 4],
      employment_kind: a % 20 === 0 ? "trainee" : "employee",
      enrolments: { epf: a % 3 !== 0, esi: a % 2 === 0 },
      output,
      attendance: { paid_leave_days: a % 3, holidays: 1 },
    }
  })
}

const data = inputs()
const lines = data.reduce((n, i) => n + i.output.length, 0)
const run = () => summarisePayRun(data.map((i) => computePayslip(i, WEST_BENGAL_2025)))

for (let i = 0; i < 3; i++) run()
const times: number[] = []
let summary = run()
for (let i = 0; i < 7; i++) {
  const started = performance.now()
  summary = run()
  times.push(performance.now() - started)
}
times.sort((a, b) => a - b)
const median = times[Math.floor(times.length / 2)]
console.log(`wage engine: ${ARTISANS} artisans x ${DAYS.length} days x ${TASKS.length} tasks = ${lines.toLocaleString("en-IN")} output lines`)
console.log(`  median run: ${median.toFixed(1)} ms (best ${times[0].toFixed(1)} ms, worst ${times[times.length - 1].toFixed(1)} ms)`)
console.log(`  throughput: ${Math.round(lines / (median / 1000)).toLocaleString("en-IN")} output lines/s (target >= 2,00,000)`)
console.log(`  ratio to target: ${(lines / (median / 1000) / 200_000).toFixed(2)}x`)
console.log(`  run net total: ${(summary.net / 100).toLocaleString("en-IN")} rupees across ${summary.payslips} payslips`)
