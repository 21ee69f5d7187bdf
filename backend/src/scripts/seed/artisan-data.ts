import type { SKILL_GRADES } from "../../modules/artisan/models/artisan"
import { addYears } from "../../lib/dates"
import { addDays, daysBetween, mondayOnOrAfter, Random, randomDateBetween, seededRandom } from "./generate"
import { GroupHandle, KANTHA_UNIT, KOLKATA_JEWELRY, MUMBAI_JEWELRY } from "./group-data"

export type SkillGrade = (typeof SKILL_GRADES)[number]

export type SegmentSeed = {
  hire_date: string
  exit_date: string | null
  exit_reason: "resignation" | null
  earlier_service_counts: boolean
}

/** The shape the admin API accepts for personal_details, so seeded records can be edited there. */
export type PersonalDetails = { phone: string; address: string; date_of_birth: string; emergency_contact: string }

export type ArtisanSeed = {
  code: string
  group: GroupHandle
  legal_name: string
  personal_details: PersonalDetails
  skill_grade: SkillGrade
  employment_kind: "trainee" | "employee"
  epf_enrolled: boolean
  esi_enrolled: boolean
  freedom_date: string
  training_start: string
  segments: SegmentSeed[]
}

/** Grades and histories are as they stand on this day, the eve of the first seeded pay month. */
export const ROSTER_AS_OF = "2026-11-01"

/** Her first hire is more than five years before ROSTER_AS_OF. */
export const LONG_SERVING_CODE = "KOL-K-001"
/** Left, came back, and her earlier years still count. */
export const REHIRED_CODE = "KOL-K-003"
/** Came back after a long gap; her earlier years do not count. */
export const REHIRED_AFRESH_CODE = "KOL-J-002"
/** Resigned during the seeded output period. */
export const EXITED_CODE = "KOL-J-006"
export const EXITED_ON = "2026-09-12"
/** Still a trainee, but already on a service contract. */
export const RECENTLY_HIRED_TRAINEE_CODE = "KOL-K-035"
export const RECENTLY_HIRED_ON = "2026-10-05"

/** Elders name the mother or aunt she gives as her emergency contact, so they never clash with the makers' names. */
type NamePool = { first: readonly string[]; surnames: readonly string[]; elders: readonly string[] }

// Fictional people: the names are common ones, the combinations and every detail invented.
const BENGALI_HINDU: NamePool = {
  first: ["Rina", "Mita", "Shampa", "Rupa", "Mousumi", "Jharna", "Sumitra", "Anjali", "Puja", "Mampi", "Tumpa", "Sathi",
    "Lipika", "Soma", "Chaitali", "Papiya", "Rumki", "Sulekha", "Kakoli", "Moumita", "Purnima", "Sraboni", "Laxmi",
    "Swapna", "Namita", "Aparna", "Sonali", "Manika", "Basanti", "Kajal"],
  surnames: ["Das", "Mondal", "Sardar", "Naskar", "Haldar", "Gayen", "Purkait", "Biswas", "Pramanik", "Bag", "Mistri",
    "Roy", "Paul", "Jana", "Maity"],
  elders: ["Kamala", "Saraswati", "Sabitri", "Parul", "Sandhya", "Bela", "Gita", "Malati"],
}
const BENGALI_MUSLIM: NamePool = {
  first: ["Sabina", "Rehana", "Nasima", "Parveen", "Salma", "Reshma", "Ayesha", "Firoza", "Ruksana", "Sahanara",
    "Jahanara", "Mumtaz", "Amina", "Hasina"],
  surnames: ["Bibi", "Khatun", "Sheikh", "Molla", "Laskar", "Gazi", "Sk", "Mallick"],
  elders: ["Khadija", "Rabeya", "Sakina", "Halima", "Jamila", "Rokeya"],
}
const MARATHI: NamePool = {
  first: ["Sunita", "Manisha", "Savita", "Pooja", "Ashwini", "Rupali", "Kavita", "Sarika", "Vaishali", "Jyoti",
    "Priyanka", "Sangita", "Mangal", "Sushma", "Vandana", "Shubhangi", "Archana", "Yogita"],
  surnames: ["Jadhav", "Pawar", "Shinde", "Kamble", "Gaikwad", "More", "Salunkhe", "Waghmare", "Bhosale", "Chavan",
    "Kadam", "Patil", "Sonawane", "Kale"],
  elders: ["Shobha", "Lata", "Kusum", "Sindhu", "Suman", "Usha"],
}

const CASE_WORKERS = { Kolkata: ["Dipa Sen", "Arpita Ghosh", "Sudeshna Mitra"], Mumbai: ["Neha Kulkarni", "Pallavi Deshpande"] }

const KOLKATA_HOMES = {
  streets: ["Haldar Para Lane", "Natun Pally Road", "Purba Para Lane", "Pir Baba Lane", "Rail Colony Road", "Bose Para Lane"],
  areas: [["Behala", "034"], ["Tiljala", "039"], ["Garden Reach", "024"], ["Kasba", "042"], ["Thakurpukur", "063"],
    ["Topsia", "046"], ["Garia", "084"], ["Jadavpur", "032"]],
}
const MUMBAI_HOMES = {
  streets: ["Shivshakti Chawl", "Sai Krupa Building", "Jai Bhavani Chawl", "Ekta Nagar Building", "Ganesh Kripa Chawl"],
  areas: [["Kurla West", "070"], ["Ghatkopar East", "077"], ["Govandi", "043"], ["Malad East", "097"], ["Chembur", "071"]],
}

type RosterPlan = {
  group: GroupHandle
  prefix: string
  employees: number
  hiredFrom: string
  hiredTo: string
  traineeStarts: string[]
  pools: (random: Random) => NamePool
  city: "Kolkata" | "Mumbai"
}

const PLANS: RosterPlan[] = [
  {
    group: KANTHA_UNIT, prefix: "KOL-K", employees: 34, hiredFrom: "2015-03-02", hiredTo: "2026-04-30",
    traineeStarts: ["2026-04-06", "2026-06-01", "2026-07-06", "2026-09-14"],
    pools: (random) => (random.chance(0.35) ? BENGALI_MUSLIM : BENGALI_HINDU), city: "Kolkata",
  },
  {
    group: KOLKATA_JEWELRY, prefix: "KOL-J", employees: 12, hiredFrom: "2018-09-03", hiredTo: "2026-03-31",
    traineeStarts: ["2026-05-04"],
    pools: (random) => (random.chance(0.35) ? BENGALI_MUSLIM : BENGALI_HINDU), city: "Kolkata",
  },
  {
    group: MUMBAI_JEWELRY, prefix: "MUM-J", employees: 8, hiredFrom: "2021-03-01", hiredTo: "2026-02-27",
    traineeStarts: ["2026-08-17"],
    pools: () => MARATHI, city: "Mumbai",
  },
]

function phone(random: Random): string {
  const digits = (n: number) => Array.from({ length: n }, () => random.int(0, 9)).join("")
  return `+91 ${random.pick(["98", "90", "83", "70", "62", "89", "97"])}${digits(3)} ${digits(5)}`
}

function address(random: Random, city: "Kolkata" | "Mumbai"): string {
  if (city === "Mumbai") {
    const [area, pin] = random.pick(MUMBAI_HOMES.areas)
    return `Room ${random.int(2, 48)}, ${random.pick(MUMBAI_HOMES.streets)}, ${area}, Mumbai 400${pin}`
  }
  const [area, pin] = random.pick(KOLKATA_HOMES.areas)
  return `${random.int(3, 120)}/${random.int(1, 9)} ${random.pick(KOLKATA_HOMES.streets)}, ${area}, Kolkata 700${pin}`
}

function emergencyContact(random: Random, pool: NamePool, surname: string, city: "Kolkata" | "Mumbai"): string {
  const roll = random.next()
  const who =
    roll < 0.4 ? `${random.pick(pool.elders)} ${surname} (mother)`
    : roll < 0.7 ? `${random.pick(pool.elders)} ${random.pick(pool.surnames)} (aunt)`
    : `${random.pick(CASE_WORKERS[city])} (case worker)`
  return `${who}, ${phone(random)}`
}

function gradeFor(random: Random, yearsOfService: number): SkillGrade {
  const grades: SkillGrade[] = ["unskilled", "semi_skilled", "skilled", "highly_skilled"]
  const earned = yearsOfService >= 8 ? 3 : yearsOfService >= 4 ? 2 : yearsOfService >= 1.5 ? 1 : 0
  // not everyone moves up on schedule
  return grades[Math.max(0, earned - (random.chance(0.25) ? 1 : 0))]
}

/** The special histories the demo needs, laid over the generated ones. */
function historyFor(code: string, hire: string, random: Random): SegmentSeed[] {
  const open = (hire_date: string, earlier_service_counts = true): SegmentSeed => ({
    hire_date, exit_date: null, exit_reason: null, earlier_service_counts,
  })
  if (code === REHIRED_CODE || code === REHIRED_AFRESH_CODE) {
    const left = addDays(addYears(hire, 2), random.int(150, 300))
    const gapDays = code === REHIRED_CODE ? random.int(300, 420) : random.int(1000, 1200)
    return [
      { hire_date: hire, exit_date: left, exit_reason: "resignation", earlier_service_counts: true },
      open(mondayOnOrAfter(addDays(left, gapDays)), code === REHIRED_CODE),
    ]
  }
  if (code === EXITED_CODE) return [{ ...open(hire), exit_date: EXITED_ON, exit_reason: "resignation" }]
  return [open(hire)]
}

function generateRoster(): ArtisanSeed[] {
  const random = seededRandom(20261101)
  const taken = new Set<string>()
  const nameFrom = (pool: NamePool): string => {
    for (;;) {
      const name = `${random.pick(pool.first)} ${random.pick(pool.surnames)}`
      if (taken.has(name)) continue
      taken.add(name)
      return name
    }
  }
  const details = (plan: RosterPlan, pool: NamePool, name: string, trainingStart: string): PersonalDetails => ({
    phone: phone(random),
    address: address(random, plan.city),
    date_of_birth: addDays(addYears(trainingStart, -random.int(19, 33)), -random.int(0, 364)),
    emergency_contact: emergencyContact(random, pool, name.split(" ")[1], plan.city),
  })

  return PLANS.flatMap((plan) => {
    const hires = Array.from({ length: plan.employees }, (_, i) =>
      i === 0 ? plan.hiredFrom : mondayOnOrAfter(randomDateBetween(random, plan.hiredFrom, plan.hiredTo))
    ).sort()
    const codeAt = (i: number) => `${plan.prefix}-${String(i + 1).padStart(3, "0")}`

    const employees = hires.map((hire, i): ArtisanSeed => {
      const code = codeAt(i)
      const pool = plan.pools(random)
      const name = nameFrom(pool)
      const segments = historyFor(code, hire, random)
      const counted = segments.at(-1)!.earlier_service_counts ? segments[0].hire_date : segments.at(-1)!.hire_date
      const trainingStart = addDays(hire, -random.int(90, 180))
      return {
        code, group: plan.group, legal_name: name, personal_details: details(plan, pool, name, trainingStart),
        skill_grade: gradeFor(random, daysBetween(counted, ROSTER_AS_OF) / 365.25),
        employment_kind: "employee", epf_enrolled: true, esi_enrolled: true,
        freedom_date: addDays(trainingStart, -random.int(120, 600)), training_start: trainingStart, segments,
      }
    })
    const trainees = plan.traineeStarts.map((start, t): ArtisanSeed => {
      const code = codeAt(plan.employees + t)
      const pool = plan.pools(random)
      const name = nameFrom(pool)
      return {
        code, group: plan.group, legal_name: name, personal_details: details(plan, pool, name, start),
        skill_grade: "unskilled", employment_kind: "trainee", epf_enrolled: false, esi_enrolled: false,
        freedom_date: addDays(start, -random.int(120, 600)), training_start: start,
        segments: code === RECENTLY_HIRED_TRAINEE_CODE ? historyFor(code, RECENTLY_HIRED_ON, random) : [],
      }
    })
    return [...employees, ...trainees]
  })
}

export const ARTISANS: ArtisanSeed[] = generateRoster()
export const ARTISAN_CODES = ARTISANS.map((a) => a.code)
