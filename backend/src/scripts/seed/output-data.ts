import { isActiveOn } from "../../lib/output-rules"
import { ArtisanSeed, ARTISANS, SkillGrade } from "./artisan-data"
import { addDays, Random, seededRandom, weekday } from "./generate"
import { TaskSeed, TASKS } from "./task-data"

/** Three whole months of daily output, so a pay run can be drafted for any of them. */
export const OUTPUT_MONTHS = ["2026-08", "2026-09", "2026-10"] as const
export type OutputMonth = (typeof OUTPUT_MONTHS)[number]

// National holidays: every workshop is closed, in Kolkata and Mumbai alike.
const CLOSED_DAYS = new Set(["2026-08-15", "2026-10-02"])
const SUNDAY = 0
const STEP = 15

const PACE: Record<SkillGrade, number> = { unskilled: 0.85, semi_skilled: 0.95, skilled: 1, highly_skilled: 1.08 }
const TRAINEE_PACE = 0.6

export type OutputSeed = {
  code: string
  task: string
  work_date: string
  quantity_accepted: number
  quantity_rejected: number
  minutes_worked: number
}

export function workingDays(month: string): string[] {
  const days: string[] = []
  for (let day = `${month}-01`; day.startsWith(month); day = addDays(day, 1)) {
    if (weekday(day) !== SUNDAY && !CLOSED_DAYS.has(day)) days.push(day)
  }
  return days
}

export function standardMinutesOn(task: TaskSeed, date: string): number {
  const inForce = task.rates
    .filter((r) => r.effective_from <= date)
    .sort((a, b) => a.effective_from.localeCompare(b.effective_from))
  return inForce.at(-1)!.standard_minutes
}

function tasksFor(artisan: ArtisanSeed, tasks: TaskSeed[]): TaskSeed[] {
  const experienced = artisan.employment_kind === "employee" && artisan.skill_grade !== "unskilled"
  return tasks.filter((t) => t.groups.includes(artisan.group) && (t.for_learners || experienced))
}

function shuffled<T>(random: Random, items: T[]): T[] {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(0, i)
    ;[copy[i], copy[j]] = [copy[j], copy[i]]
  }
  return copy
}

const roundUpToStep = (minutes: number) => Math.ceil(minutes / STEP) * STEP

/** One artisan's day: 1-3 tasks, each given at least one piece's standard time, the rest of the day spread over them. */
function dayOf(artisan: ArtisanSeed, eligible: TaskSeed[], favourite: TaskSeed, date: string): OutputSeed[] {
  const random = seededRandom(`${artisan.code}|${date}`)
  const trainee = artisan.employment_kind === "trainee"
  if (random.chance(trainee ? 0.06 : 0.04)) return []
  const halfDay = random.chance(0.05)
  const dayMinutes = halfDay ? 240 : trainee ? 360 : 480 + STEP * random.int(-2, 1)

  const order = shuffled(random, eligible)
  if (random.chance(0.7)) order.unshift(...order.splice(order.indexOf(favourite), 1))
  const chosen: Array<{ task: TaskSeed; standard: number; minutes: number }> = []
  let left = dayMinutes
  for (const task of order.slice(0, random.pick([1, 1, 1, 2, 2, 3]))) {
    const standard = standardMinutesOn(task, date)
    if (roundUpToStep(standard) > left) continue
    chosen.push({ task, standard, minutes: roundUpToStep(standard) })
    left -= roundUpToStep(standard)
  }
  if (!chosen.length) return []
  for (; left >= STEP; left -= STEP) random.pick(chosen).minutes += STEP

  const pace = trainee ? TRAINEE_PACE : PACE[artisan.skill_grade]
  return chosen.map(({ task, standard, minutes }) => {
    const made = Math.max(1, Math.round((minutes / standard) * pace * (0.9 + 0.2 * random.next())))
    const rejected = made < 2 ? 0 : trainee ? (random.chance(0.15) ? random.int(1, 2) : 0) : random.chance(0.03) ? 1 : 0
    return {
      code: artisan.code, task: task.code, work_date: date,
      quantity_accepted: made - rejected, quantity_rejected: rejected, minutes_worked: minutes,
    }
  })
}

/**
 * Every record of one month. Each artisan-day draws from its own seed, so a
 * month comes out the same whether it is generated alone or with the others.
 */
export function outputForMonth(month: OutputMonth, artisans: ArtisanSeed[] = ARTISANS, tasks: TaskSeed[] = TASKS): OutputSeed[] {
  const days = workingDays(month)
  return artisans.flatMap((artisan) => {
    const eligible = tasksFor(artisan, tasks)
    if (!eligible.length) return []
    const favourite = seededRandom(artisan.code).pick(eligible)
    const facts = { ...artisan, id: artisan.code, group_id: artisan.group }
    return days.filter((date) => isActiveOn(facts, date)).flatMap((date) => dayOf(artisan, eligible, favourite, date))
  })
}

export type LeaveSeed = { code: string; leave_date: string; kind: "paid" | "unpaid"; note: string }

/**
 * The days an employee was away in a month (the days her sheet is empty), as
 * the unit would have recorded them: mostly paid leave, now and then unpaid.
 */
export function leaveForMonth(month: OutputMonth, artisans: ArtisanSeed[] = ARTISANS, tasks: TaskSeed[] = TASKS): LeaveSeed[] {
  const days = workingDays(month)
  return artisans.flatMap((artisan) => {
    const eligible = tasksFor(artisan, tasks)
    if (artisan.employment_kind !== "employee" || !eligible.length) return []
    const favourite = seededRandom(artisan.code).pick(eligible)
    const facts = { ...artisan, id: artisan.code, group_id: artisan.group }
    return days
      .filter((date) => isActiveOn(facts, date) && !dayOf(artisan, eligible, favourite, date).length)
      .map((date) => {
        const paid = seededRandom(`${artisan.code}|${date}|leave`).chance(0.8)
        return { code: artisan.code, leave_date: date, kind: paid ? "paid" : "unpaid", note: paid ? "Casual leave" : "Family matter" } as const
      })
  })
}

/** [first day, first day of the next month), as stored work dates are compared. */
export function monthSpan(month: OutputMonth): { from: string; until: string } {
  const from = `${month}-01`
  return { from, until: `${addDays(from, 31).slice(0, 7)}-01` }
}
