export const KANTHA_UNIT = "kolkata-kantha-unit"
export const KOLKATA_JEWELRY = "kolkata-jewelry-centre"
export const MUMBAI_JEWELRY = "mumbai-jewelry-centre"

export type GroupHandle = typeof KANTHA_UNIT | typeof KOLKATA_JEWELRY | typeof MUMBAI_JEWELRY

export type GroupSeed = {
  handle: GroupHandle
  name: string
  city: "Kolkata" | "Mumbai"
  kind: "unit" | "centre" | "cooperative"
  founded_on: string
  story: string
}

// Public text: it speaks of the work and the workplace, never of any one woman or where she lives.
export const ARTISAN_GROUPS: GroupSeed[] = [
  {
    handle: KANTHA_UNIT,
    name: "Kolkata Kantha Unit",
    city: "Kolkata",
    kind: "unit",
    founded_on: "2014-03-10",
    story: `## Thirty-odd needles and one long table

The Kolkata Kantha Unit began in 2014 with six women, a borrowed room and a bundle of old cotton saris. Today it is the largest workshop in the Mukti family: a bright first-floor hall where quilts are laid out on long tables and worked from both ends at once.

Kantha is Bengal's running stitch, and it rewards patience and a steady eye. New makers start on borders and tassels; within a few years many of them lay out a whole nakshi quilt, choosing the motifs and leading the team that fills them.

**What the unit makes:** bed quilts, throws, stoles and the stitched pallus of our saris.

**How it works:** once her training is done, every maker is on the payroll with provident fund and health insurance, paid by the piece at rates set so that a normal day earns more than the state minimum, with a guaranteed floor for slow weeks. The senior stitchers train the new ones, and are paid for that time too.`,
  },
  {
    handle: KOLKATA_JEWELRY,
    name: "Kolkata Jewelry Centre",
    city: "Kolkata",
    kind: "centre",
    founded_on: "2018-06-04",
    story: `## Small parts, exact hands

The Kolkata Jewelry Centre opened in 2018 when a few stitchers from the kantha unit asked to try metal and clay. They learned from a brass-smith who came in twice a week; now they teach the newcomers themselves.

The work is fine and fast: stringing terracotta beads, setting jhumka bells so they ring together, filing and polishing shankha-style bangles until the edge feels like silk. Every piece passes through two pairs of hands before it is packed, and the makers keep their own quality log.

**What the centre makes:** necklaces, jhumkas and studs, bangles, and a share of the brass cuffs made with our Mumbai colleagues.

**How it works:** the same terms as every Mukti workshop: a wage that respects the law and then goes further, benefits from the first month of employment, and training paid by a daily stipend.`,
  },
  {
    handle: MUMBAI_JEWELRY,
    name: "Mumbai Jewelry Centre",
    city: "Mumbai",
    kind: "centre",
    founded_on: "2021-01-18",
    story: `## Sea glass and hammered brass

Our Mumbai centre started in 2021 in partnership with a local social enterprise, with a small team that wanted to work with the materials of a port city: tumbled sea glass, recycled brass and bright glass beads.

The makers here hammer, wire and thread. A cuff is cut, annealed, hammered and polished by one woman from start to finish, and she signs the batch sheet that goes with it. Designs travel both ways between Mumbai and Kolkata, and several of our best-selling pieces are made half in each city.

**What the centre makes:** sea glass necklaces, thread-and-bead bracelets, earrings and hammered brass cuffs.

**How it works:** regular employment with provident fund and health insurance, piece rates reviewed with the makers every year, and time set aside each week for learning new techniques.`,
  },
]
