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

// Rates are set so that 480 minutes at standard pace earn about Rs 540-560: above the West Bengal
// daily minimum for unskilled and semi-skilled work (Rs 441 and 485 from January 2026) and level
// with skilled work (Rs 534); experienced makers work faster than standard, and the payroll's
// living-wage floor tops up any slow week.
const opening = (rate_paise: number, standard_minutes: number): RateSeed => ({
  effective_from: "2025-04-01", rate_paise, standard_minutes, note: "Opening rate for 2025-26",
})
const january = (rate_paise: number, standard_minutes: number): RateSeed => ({
  effective_from: "2026-01-01", rate_paise, standard_minutes, note: "Raised with the January 2026 dearness allowance revision",
})

export const TASKS: TaskSeed[] = [
  {
    code: "KAN-QUILT-PANEL", name: "Kantha stitching: quilt panel",
    description: "One 60 x 60 cm panel of running-stitch kantha through four to seven layers, for the bed quilts.",
    product_handle: null, groups: [KANTHA_UNIT], for_learners: false,
    rates: [
      opening(19800, 180), january(20400, 180),
      { effective_from: "2026-09-01", rate_paise: 23200, standard_minutes: 200,
        note: "Denser stitch pattern for the winter quilts; time study by the makers, August 2026" },
    ],
  },
  {
    code: "KAN-THROW-QUARTER", name: "Kantha stitching: Sunday Market throw, one quarter",
    description: "A quarter of the Sunday Market throw, pieced and held with rows of white stitch.",
    product_handle: "sunday-market-throw", groups: [KANTHA_UNIT], for_learners: false,
    rates: [opening(16200, 150), january(16800, 150)],
  },
  {
    code: "KAN-STOLE-BORDER", name: "Kantha stitching: mulmul stole border",
    description: "Both borders of a mulmul kantha stole.",
    product_handle: "mulmul-kantha-stole", groups: [KANTHA_UNIT], for_learners: true,
    rates: [opening(9600, 90), january(10200, 90)],
  },
  {
    code: "KAN-SHAPLA-PALLU", name: "Kantha stitching: shapla pallu",
    description: "The water-lily motif on the pallu of a Shapla Kantha Sari.",
    product_handle: "shapla-kantha-sari", groups: [KANTHA_UNIT], for_learners: false,
    rates: [opening(26400, 240), january(27200, 240)],
  },
  {
    code: "SARI-HEM", name: "Sari hemming and edge finishing",
    description: "Hem both ends and one edge of a sari, then press.",
    product_handle: null, groups: [KANTHA_UNIT], for_learners: true,
    rates: [opening(4300, 40), january(4500, 40)],
  },
  {
    code: "SARI-TASSEL", name: "Sari pallu tassels",
    description: "Knot and trim the tassels along the pallu of one sari.",
    product_handle: null, groups: [KANTHA_UNIT], for_learners: true,
    rates: [opening(3300, 30), january(3400, 30)],
  },
  {
    code: "JEW-NECKLACE-STRING", name: "Necklace stringing: terracotta beads",
    description: "String, knot and clasp one terracotta bead necklace.",
    product_handle: "terracotta-bead-necklace", groups: [KOLKATA_JEWELRY, MUMBAI_JEWELRY], for_learners: true,
    rates: [
      opening(2500, 24), january(2700, 24),
      { effective_from: "2026-10-01", rate_paise: 3150, standard_minutes: 28,
        note: "Knotted between every bead from October 2026; standard time re-measured" },
    ],
  },
  {
    code: "JEW-EARRING-PAIR", name: "Earring assembly, one pair",
    description: "Assemble, match and card one pair of drop or stud earrings.",
    product_handle: null, groups: [KOLKATA_JEWELRY, MUMBAI_JEWELRY], for_learners: true,
    rates: [opening(1700, 16), january(1800, 16)],
  },
  {
    code: "JEW-JHUMKA", name: "Jhumka assembly, one pair",
    description: "Set the bells of a pair of Jhumka Bell Earrings so that they ring together.",
    product_handle: "jhumka-bell-earrings", groups: [KOLKATA_JEWELRY], for_learners: false,
    rates: [opening(3300, 30), january(3400, 30)],
  },
  {
    code: "JEW-BANGLE-FINISH", name: "Bangle finishing and polish, one pair",
    description: "File, polish and pair a set of Shankha Bangles.",
    product_handle: "shankha-bangle-pair", groups: [KOLKATA_JEWELRY], for_learners: false,
    rates: [opening(2200, 20), january(2300, 20)],
  },
  {
    code: "JEW-BRASS-CUFF", name: "Brass cuff, cut to polish",
    description: "Cut, anneal, hammer and polish one Hammered Brass Cuff.",
    product_handle: "hammered-brass-cuff", groups: [KOLKATA_JEWELRY, MUMBAI_JEWELRY], for_learners: false,
    rates: [opening(4900, 45), january(5100, 45)],
  },
  {
    code: "JEW-BRACELET-THREAD", name: "Thread and bead bracelet",
    description: "Thread, knot and finish one Thread and Bead Bracelet.",
    product_handle: "thread-and-bead-bracelet", groups: [MUMBAI_JEWELRY], for_learners: true,
    rates: [opening(1300, 12), january(1350, 12)],
  },
  {
    code: "JEW-SEA-GLASS", name: "Sea glass necklace wiring",
    description: "Wire-wrap the sea glass and assemble one Sea Glass Necklace.",
    product_handle: "sea-glass-necklace", groups: [MUMBAI_JEWELRY], for_learners: false,
    rates: [opening(3900, 36), january(4100, 36)],
  },
]

export const TASK_CODES = TASKS.map((t) => t.code)
