import { GroupHandle, KANTHA_UNIT, KOLKATA_JEWELRY, MUMBAI_JEWELRY } from "./group-data"

export type RateSeed = { effective_from: string; rate_paise: number; standard_minutes: number; note: string }

export type TaskSeed = {
  code: string
  name: string
  description: string
  /** The product whose first variant this task makes, where the task belongs to one product. */
  product_handle: string | null
  groups: GroupHandle[]
  /** Simple enough for a trainee or a new maker. */
  for_learners: boolean
  rates: RateSeed[]
}

const task = (
  code: string, name: string, level: "learner" | "skilled", groups: GroupHandle[], product_handle: string | null,
  rates: RateSeed[], description: string
): TaskSeed => ({ code, name, description, product_handle, groups, for_learners: level === "learner", rates })

// Rates are set so that 480 minutes at standard pace earn about Rs 540-560: above the West Bengal
// daily minimum for unskilled and semi-skilled work (Rs 441 and 485 from January 2026) and level
// with skilled work (Rs 534); experienced makers work faster than standard, and the payroll's
// living-wage floor tops up any slow week.
/** The opening rate for 2025-26 and the January 2026 raise, in paise for the same standard minutes; then any revision. */
const rates = (opening_paise: number, january_paise: number, standard_minutes: number, ...revisions: RateSeed[]): RateSeed[] => [
  { effective_from: "2025-04-01", rate_paise: opening_paise, standard_minutes, note: "Opening rate for 2025-26" },
  { effective_from: "2026-01-01", rate_paise: january_paise, standard_minutes,
    note: "Raised with the January 2026 dearness allowance revision" },
  ...revisions,
]

const WINTER_QUILT_STITCH: RateSeed = { effective_from: "2026-09-01", rate_paise: 23200, standard_minutes: 200,
  note: "Denser stitch pattern for the winter quilts; time study by the makers, August 2026" }
const KNOTTED_NECKLACE: RateSeed = { effective_from: "2026-10-01", rate_paise: 3150, standard_minutes: 28,
  note: "Knotted between every bead from October 2026; standard time re-measured" }

const JEWELRY_CENTRES: GroupHandle[] = [KOLKATA_JEWELRY, MUMBAI_JEWELRY]

export const TASKS: TaskSeed[] = [
  task("KAN-QUILT-PANEL", "Kantha stitching: quilt panel", "skilled", [KANTHA_UNIT], null,
    rates(19800, 20400, 180, WINTER_QUILT_STITCH),
    "One 60 x 60 cm panel of running-stitch kantha through four to seven layers, for the bed quilts."),
  task("KAN-THROW-QUARTER", "Kantha stitching: Sunday Market throw, one quarter", "skilled", [KANTHA_UNIT], "sunday-market-throw",
    rates(16200, 16800, 150), "A quarter of the Sunday Market throw, pieced and held with rows of white stitch."),
  task("KAN-STOLE-BORDER", "Kantha stitching: mulmul stole border", "learner", [KANTHA_UNIT], "mulmul-kantha-stole",
    rates(9600, 10200, 90), "Both borders of a mulmul kantha stole."),
  task("KAN-SHAPLA-PALLU", "Kantha stitching: shapla pallu", "skilled", [KANTHA_UNIT], "shapla-kantha-sari",
    rates(26400, 27200, 240), "The water-lily motif on the pallu of a Shapla Kantha Sari."),
  task("SARI-HEM", "Sari hemming and edge finishing", "learner", [KANTHA_UNIT], null,
    rates(4300, 4500, 40), "Hem both ends and one edge of a sari, then press."),
  task("SARI-TASSEL", "Sari pallu tassels", "learner", [KANTHA_UNIT], null,
    rates(3300, 3400, 30), "Knot and trim the tassels along the pallu of one sari."),
  task("JEW-NECKLACE-STRING", "Necklace stringing: terracotta beads", "learner", JEWELRY_CENTRES, "terracotta-bead-necklace",
    rates(2500, 2700, 24, KNOTTED_NECKLACE), "String, knot and clasp one terracotta bead necklace."),
  task("JEW-EARRING-PAIR", "Earring assembly, one pair", "learner", JEWELRY_CENTRES, null,
    rates(1700, 1800, 16), "Assemble, match and card one pair of drop or stud earrings."),
  task("JEW-JHUMKA", "Jhumka assembly, one pair", "skilled", [KOLKATA_JEWELRY], "jhumka-bell-earrings",
    rates(3300, 3400, 30), "Set the bells of a pair of Jhumka Bell Earrings so that they ring together."),
  task("JEW-BANGLE-FINISH", "Bangle finishing and polish, one pair", "skilled", [KOLKATA_JEWELRY], "shankha-bangle-pair",
    rates(2200, 2300, 20), "File, polish and pair a set of Shankha Bangles."),
  task("JEW-BRASS-CUFF", "Brass cuff, cut to polish", "skilled", JEWELRY_CENTRES, "hammered-brass-cuff",
    rates(4900, 5100, 45), "Cut, anneal, hammer and polish one Hammered Brass Cuff."),
  task("JEW-BRACELET-THREAD", "Thread and bead bracelet", "learner", [MUMBAI_JEWELRY], "thread-and-bead-bracelet",
    rates(1300, 1350, 12), "Thread, knot and finish one Thread and Bead Bracelet."),
  task("JEW-SEA-GLASS", "Sea glass necklace wiring", "skilled", [MUMBAI_JEWELRY], "sea-glass-necklace",
    rates(3900, 4100, 36), "Wire-wrap the sea glass and assemble one Sea Glass Necklace."),
]

export const TASK_CODES = TASKS.map((t) => t.code)
