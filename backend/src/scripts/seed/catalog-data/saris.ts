import { CHARCOAL, CRIMSON, INDIGO, IVORY, LEAF, MARIGOLD, TEAL, TERRACOTTA } from "./palette"
import type { ProductSeed } from "./product"
import { sari } from "./ranges"

export const SARIS: ProductSeed[] = [
  sari({
    handle: "shapla-kantha-sari",
    title: "Shapla Kantha Sari",
    subtitle: "Water-lily kantha on soft cotton",
    description:
      "A cotton sari with a pallu worked in water-lily kantha, the shapla of Bengal's ponds. Each flower takes a full afternoon of running stitch; no two saris bloom the same way.",
    motif: "sari",
    palette: [CRIMSON, MARIGOLD, IVORY],
    colours: ["Crimson", "Indigo"],
    material: "Cotton",
    weight: 600,
  }, { inr: 6800, usd: 96, eur: 88 }, { inr: 7600, usd: 108, eur: 99 }),
  sari({
    handle: "ganga-tide-tant-sari",
    title: "Ganga Tide Tant Sari",
    subtitle: "Airy tant cotton with a river border",
    description:
      "Crisp, breathable tant cotton with a border that rises and falls like the river at Babughat. Finished by hand: the hems, the tassels and the final press.",
    motif: "sari",
    palette: [IVORY, TEAL, INDIGO],
    colours: ["Ivory", "Sea green"],
    material: "Cotton",
    weight: 450,
  }, { inr: 3900, usd: 58, eur: 53 }, { inr: 4500, usd: 66, eur: 60 }),
  sari({
    handle: "monsoon-indigo-sari",
    title: "Monsoon Indigo Sari",
    subtitle: "Deep indigo with scattered kantha rain",
    description:
      "Hand-dyed indigo cotton scattered with white kantha stitches like the first rain of Ashar. Softens with every wash.",
    motif: "sari",
    palette: [INDIGO, IVORY, IVORY],
    colours: ["Indigo", "Charcoal"],
    material: "Cotton",
    weight: 560,
  }, { inr: 5400, usd: 78, eur: 71 }, { inr: 6100, usd: 88, eur: 80 }),
  sari({
    handle: "marigold-border-sari",
    title: "Marigold Border Sari",
    subtitle: "Festival sari with a temple border",
    description:
      "A saffron-bright border of temple points over a leaf-green body: made for Durga Puja mornings and wedding afternoons alike.",
    motif: "sari",
    palette: [LEAF, MARIGOLD, IVORY],
    colours: ["Leaf green", "Marigold"],
    material: "Cotton silk",
    weight: 520,
  }, { inr: 5200, usd: 75, eur: 69 }, { inr: 5900, usd: 85, eur: 78 }),
  sari({
    handle: "night-jasmine-silk-sari",
    title: "Night Jasmine Silk Sari",
    subtitle: "Tussar silk with shiuli-flower kantha",
    description:
      "Tussar silk with a scatter of shiuli, the night jasmine that falls at dawn in autumn, stitched in white and saffron thread.",
    motif: "sari",
    palette: [CHARCOAL, MARIGOLD, IVORY],
    colours: ["Charcoal", "Natural tussar"],
    material: "Tussar silk",
    weight: 480,
  }, { inr: 11800, usd: 165, eur: 152 }, { inr: 12900, usd: 180, eur: 166 }),
  sari({
    handle: "terracotta-temple-sari",
    title: "Terracotta Temple Sari",
    subtitle: "Bishnupur-inspired border on earth red",
    description:
      "Earth-red cotton with a border drawn from Bishnupur's terracotta temples. Heavy enough to drape well, light enough for a Kolkata summer.",
    motif: "sari",
    palette: [TERRACOTTA, CHARCOAL, IVORY],
    colours: ["Terracotta", "Rose"],
    material: "Cotton",
    weight: 540,
  }, { inr: 4700, usd: 68, eur: 62 }, { inr: 5300, usd: 76, eur: 70 }),
]
