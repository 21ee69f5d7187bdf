import type { Rgb } from "./png"
import type { Motif } from "./pattern-image"

export type CategorySeed = { name: string; handle: string; description: string; children?: CategorySeed[] }

export const CATEGORIES: CategorySeed[] = [
  {
    name: "Saris",
    handle: "saris",
    description: "Handwoven and hand-finished saris from Bengal's cotton and silk traditions.",
  },
  {
    name: "Kantha",
    handle: "kantha",
    description: "Layered cloth quilted with thousands of running stitches, the Bengal way.",
    children: [
      { name: "Quilts", handle: "kantha-quilts", description: "Bed-sized kantha, four to seven layers of soft cotton." },
      { name: "Throws", handle: "kantha-throws", description: "Sofa throws and lap quilts in reclaimed and new cotton." },
      { name: "Scarves", handle: "kantha-scarves", description: "Light stoles and scarves stitched on silk and mulmul." },
    ],
  },
  {
    name: "Jewelry",
    handle: "jewelry",
    description: "Necklaces, earrings and bracelets assembled and finished by hand.",
    children: [
      { name: "Necklaces", handle: "jewelry-necklaces", description: "Beaded, strung and cast necklaces." },
      { name: "Earrings", handle: "jewelry-earrings", description: "Drops, studs and jhumkas." },
      { name: "Bracelets", handle: "jewelry-bracelets", description: "Bangles, cuffs and threaded bracelets." },
    ],
  },
]

/** Prices in each currency's major unit, as Medusa stores them. */
export type Prices = { inr: number; usd: number; eur: number }

export type ProductSeed = {
  handle: string
  title: string
  subtitle: string
  description: string
  category: string
  motif: Motif
  palette: Rgb[]
  colours: string[]
  sizeTitle: string
  sizes: Array<{ name: string; prices: Prices }>
  material: string
  weight: number
}

const CRIMSON: Rgb = [122, 30, 42]
const MARIGOLD: Rgb = [214, 152, 46]
const IVORY: Rgb = [244, 234, 214]
const INDIGO: Rgb = [36, 48, 94]
const LEAF: Rgb = [52, 96, 70]
const TERRACOTTA: Rgb = [170, 84, 52]
const CHARCOAL: Rgb = [44, 40, 38]
const ROSE: Rgb = [196, 104, 118]
const BRASS: Rgb = [196, 160, 82]
const TEAL: Rgb = [28, 106, 112]

const one = (prices: Prices) => [{ name: "One size", prices }]

export const PRODUCTS: ProductSeed[] = [
  {
    handle: "shapla-kantha-sari",
    title: "Shapla Kantha Sari",
    subtitle: "Water-lily kantha on soft cotton",
    description:
      "A cotton sari with a pallu worked in water-lily kantha, the shapla of Bengal's ponds. Each flower takes a full afternoon of running stitch; no two saris bloom the same way.",
    category: "saris",
    motif: "sari",
    palette: [CRIMSON, MARIGOLD, IVORY],
    colours: ["Crimson", "Indigo"],
    sizeTitle: "Length",
    sizes: [
      { name: "5.5 m", prices: { inr: 6800, usd: 96, eur: 88 } },
      { name: "6.3 m with blouse piece", prices: { inr: 7600, usd: 108, eur: 99 } },
    ],
    material: "Cotton",
    weight: 600,
  },
  {
    handle: "ganga-tide-tant-sari",
    title: "Ganga Tide Tant Sari",
    subtitle: "Airy tant cotton with a river border",
    description:
      "Crisp, breathable tant cotton with a border that rises and falls like the river at Babughat. Finished by hand: the hems, the tassels and the final press.",
    category: "saris",
    motif: "sari",
    palette: [IVORY, TEAL, INDIGO],
    colours: ["Ivory", "Sea green"],
    sizeTitle: "Length",
    sizes: [
      { name: "5.5 m", prices: { inr: 3900, usd: 58, eur: 53 } },
      { name: "6.3 m with blouse piece", prices: { inr: 4500, usd: 66, eur: 60 } },
    ],
    material: "Cotton",
    weight: 450,
  },
  {
    handle: "monsoon-indigo-sari",
    title: "Monsoon Indigo Sari",
    subtitle: "Deep indigo with scattered kantha rain",
    description:
      "Hand-dyed indigo cotton scattered with white kantha stitches like the first rain of Ashar. Softens with every wash.",
    category: "saris",
    motif: "sari",
    palette: [INDIGO, IVORY, IVORY],
    colours: ["Indigo", "Charcoal"],
    sizeTitle: "Length",
    sizes: [
      { name: "5.5 m", prices: { inr: 5400, usd: 78, eur: 71 } },
      { name: "6.3 m with blouse piece", prices: { inr: 6100, usd: 88, eur: 80 } },
    ],
    material: "Cotton",
    weight: 560,
  },
  {
    handle: "marigold-border-sari",
    title: "Marigold Border Sari",
    subtitle: "Festival sari with a temple border",
    description:
      "A saffron-bright border of temple points over a leaf-green body: made for Durga Puja mornings and wedding afternoons alike.",
    category: "saris",
    motif: "sari",
    palette: [LEAF, MARIGOLD, IVORY],
    colours: ["Leaf green", "Marigold"],
    sizeTitle: "Length",
    sizes: [
      { name: "5.5 m", prices: { inr: 5200, usd: 75, eur: 69 } },
      { name: "6.3 m with blouse piece", prices: { inr: 5900, usd: 85, eur: 78 } },
    ],
    material: "Cotton silk",
    weight: 520,
  },
  {
    handle: "night-jasmine-silk-sari",
    title: "Night Jasmine Silk Sari",
    subtitle: "Tussar silk with shiuli-flower kantha",
    description:
      "Tussar silk with a scatter of shiuli, the night jasmine that falls at dawn in autumn, stitched in white and saffron thread.",
    category: "saris",
    motif: "sari",
    palette: [CHARCOAL, MARIGOLD, IVORY],
    colours: ["Charcoal", "Natural tussar"],
    sizeTitle: "Length",
    sizes: [
      { name: "5.5 m", prices: { inr: 11800, usd: 165, eur: 152 } },
      { name: "6.3 m with blouse piece", prices: { inr: 12900, usd: 180, eur: 166 } },
    ],
    material: "Tussar silk",
    weight: 480,
  },
  {
    handle: "terracotta-temple-sari",
    title: "Terracotta Temple Sari",
    subtitle: "Bishnupur-inspired border on earth red",
    description:
      "Earth-red cotton with a border drawn from Bishnupur's terracotta temples. Heavy enough to drape well, light enough for a Kolkata summer.",
    category: "saris",
    motif: "sari",
    palette: [TERRACOTTA, CHARCOAL, IVORY],
    colours: ["Terracotta", "Rose"],
    sizeTitle: "Length",
    sizes: [
      { name: "5.5 m", prices: { inr: 4700, usd: 68, eur: 62 } },
      { name: "6.3 m with blouse piece", prices: { inr: 5300, usd: 76, eur: 70 } },
    ],
    material: "Cotton",
    weight: 540,
  },
  {
    handle: "seven-layer-kantha-quilt",
    title: "Seven-Layer Kantha Quilt",
    subtitle: "Heirloom bed quilt in running stitch",
    description:
      "Seven layers of soft cotton held together by rows of running stitch, the way grandmothers in Bengal have always made kantha. Warm in winter, cool in summer.",
    category: "kantha-quilts",
    motif: "kantha",
    palette: [CRIMSON, MARIGOLD, IVORY],
    colours: ["Crimson", "Indigo"],
    sizeTitle: "Size",
    sizes: [
      { name: "Single 150 x 225 cm", prices: { inr: 8900, usd: 128, eur: 118 } },
      { name: "Double 225 x 250 cm", prices: { inr: 12400, usd: 176, eur: 162 } },
    ],
    material: "Cotton",
    weight: 2400,
  },
  {
    handle: "pond-and-paddy-quilt",
    title: "Pond and Paddy Quilt",
    subtitle: "Green fields and lily ponds in stitch",
    description:
      "Rows of paddy and round lily ponds, stitched in greens and ivory over a patchwork of new cotton. A quilt that tells the story of a village in a season.",
    category: "kantha-quilts",
    motif: "kantha",
    palette: [LEAF, IVORY, MARIGOLD],
    colours: ["Leaf green", "Sea green"],
    sizeTitle: "Size",
    sizes: [
      { name: "Single 150 x 225 cm", prices: { inr: 8400, usd: 120, eur: 110 } },
      { name: "Double 225 x 250 cm", prices: { inr: 11900, usd: 168, eur: 155 } },
    ],
    material: "Cotton",
    weight: 2300,
  },
  {
    handle: "nakshi-paisley-quilt",
    title: "Nakshi Paisley Quilt",
    subtitle: "Figured kantha with paisley medallions",
    description:
      "Nakshi kantha, the figured kind: paisleys and medallions outlined in running stitch, filled with waves. Takes a group of four makers about five weeks.",
    category: "kantha-quilts",
    motif: "paisley",
    palette: [IVORY, CRIMSON, INDIGO],
    colours: ["Ivory", "Rose"],
    sizeTitle: "Size",
    sizes: [
      { name: "Single 150 x 225 cm", prices: { inr: 14500, usd: 205, eur: 189 } },
      { name: "Double 225 x 250 cm", prices: { inr: 19800, usd: 279, eur: 257 } },
    ],
    material: "Cotton",
    weight: 2600,
  },
  {
    handle: "sunday-market-throw",
    title: "Sunday Market Throw",
    subtitle: "Patchwork lap quilt in bright cottons",
    description:
      "A lap quilt pieced from bright cottons and held with rows of white stitch, for reading corners and cold evenings.",
    category: "kantha-throws",
    motif: "kantha",
    palette: [MARIGOLD, CRIMSON, IVORY],
    colours: ["Marigold", "Rose"],
    sizeTitle: "Size",
    sizes: [
      { name: "Standard 125 x 150 cm", prices: { inr: 4200, usd: 62, eur: 57 } },
      { name: "Large 150 x 200 cm", prices: { inr: 5600, usd: 82, eur: 75 } },
    ],
    material: "Cotton",
    weight: 1100,
  },
  {
    handle: "indigo-wave-throw",
    title: "Indigo Wave Throw",
    subtitle: "Ivory waves on hand-dyed indigo",
    description:
      "Hand-dyed indigo cotton quilted in ivory waves. Goes from sofa to picnic and back to the wash without complaint.",
    category: "kantha-throws",
    motif: "kantha",
    palette: [INDIGO, IVORY, MARIGOLD],
    colours: ["Indigo", "Charcoal"],
    sizeTitle: "Size",
    sizes: [
      { name: "Standard 125 x 150 cm", prices: { inr: 4600, usd: 67, eur: 61 } },
      { name: "Large 150 x 200 cm", prices: { inr: 6100, usd: 88, eur: 81 } },
    ],
    material: "Cotton",
    weight: 1150,
  },
  {
    handle: "boteh-garden-throw",
    title: "Boteh Garden Throw",
    subtitle: "Paisley throw in earth tones",
    description:
      "Rows of boteh, the paisley seed, stitched in saffron and ivory on terracotta cotton.",
    category: "kantha-throws",
    motif: "paisley",
    palette: [TERRACOTTA, IVORY, MARIGOLD],
    colours: ["Terracotta", "Leaf green"],
    sizeTitle: "Size",
    sizes: [
      { name: "Standard 125 x 150 cm", prices: { inr: 4900, usd: 71, eur: 65 } },
      { name: "Large 150 x 200 cm", prices: { inr: 6400, usd: 92, eur: 85 } },
    ],
    material: "Cotton",
    weight: 1200,
  },
  {
    handle: "mulmul-kantha-stole",
    title: "Mulmul Kantha Stole",
    subtitle: "Featherweight cotton with edge stitching",
    description: "Featherweight mulmul cotton with a single line of kantha along each edge. Folds into a pocket.",
    category: "kantha-scarves",
    motif: "kantha",
    palette: [ROSE, IVORY, CRIMSON],
    colours: ["Rose", "Ivory"],
    sizeTitle: "Size",
    sizes: [
      { name: "Scarf 150 x 50 cm", prices: { inr: 1400, usd: 24, eur: 22 } },
      { name: "Stole 200 x 70 cm", prices: { inr: 1900, usd: 31, eur: 28 } },
    ],
    material: "Mulmul cotton",
    weight: 120,
  },
  {
    handle: "silk-paisley-scarf",
    title: "Silk Paisley Scarf",
    subtitle: "Recycled silk with paisley kantha",
    description: "Two layers of recycled sari silk, quilted together with paisleys. Reversible: each side is a different sari.",
    category: "kantha-scarves",
    motif: "paisley",
    palette: [TEAL, MARIGOLD, IVORY],
    colours: ["Sea green", "Crimson"],
    sizeTitle: "Size",
    sizes: [
      { name: "Scarf 150 x 50 cm", prices: { inr: 2200, usd: 35, eur: 32 } },
      { name: "Stole 200 x 70 cm", prices: { inr: 2900, usd: 45, eur: 41 } },
    ],
    material: "Recycled silk",
    weight: 140,
  },
  {
    handle: "winter-field-wrap",
    title: "Winter Field Wrap",
    subtitle: "Khadi wool wrap with dense stitching",
    description: "Handspun khadi wool, densely stitched so it holds its warmth through a Himalayan winter or an air-conditioned office.",
    category: "kantha-scarves",
    motif: "kantha",
    palette: [CHARCOAL, IVORY, TERRACOTTA],
    colours: ["Charcoal", "Terracotta"],
    sizeTitle: "Size",
    sizes: [
      { name: "Scarf 150 x 50 cm", prices: { inr: 2600, usd: 39, eur: 36 } },
      { name: "Stole 200 x 70 cm", prices: { inr: 3400, usd: 50, eur: 46 } },
    ],
    material: "Khadi wool",
    weight: 260,
  },
  {
    handle: "river-dot-stole",
    title: "River Dot Stole",
    subtitle: "Indigo stole with seed-stitch dots",
    description: "Soft cotton in river blue, dotted with seed stitches in ivory. Lightweight and easy to wear every day.",
    category: "kantha-scarves",
    motif: "kantha",
    palette: [INDIGO, IVORY, TEAL],
    colours: ["Indigo", "Sea green"],
    sizeTitle: "Size",
    sizes: [
      { name: "Scarf 150 x 50 cm", prices: { inr: 1600, usd: 26, eur: 24 } },
      { name: "Stole 200 x 70 cm", prices: { inr: 2100, usd: 33, eur: 30 } },
    ],
    material: "Cotton",
    weight: 130,
  },
  {
    handle: "terracotta-bead-necklace",
    title: "Terracotta Bead Necklace",
    subtitle: "Fired clay beads on waxed cotton",
    description: "Beads shaped, fired and painted in Kolkata, strung on waxed cotton cord with a brass clasp.",
    category: "jewelry-necklaces",
    motif: "beads",
    palette: [IVORY, BRASS, TERRACOTTA],
    colours: ["Terracotta", "Charcoal"],
    sizeTitle: "Length",
    sizes: [
      { name: "16 in", prices: { inr: 1200, usd: 22, eur: 20 } },
      { name: "18 in", prices: { inr: 1300, usd: 24, eur: 22 } },
    ],
    material: "Terracotta, brass",
    weight: 80,
  },
  {
    handle: "shankha-brass-necklace",
    title: "Shankha Brass Necklace",
    subtitle: "Brass and conch-white resin",
    description: "A collar of brass beads broken by conch-white drops, inspired by the shankha bangles of Bengal.",
    category: "jewelry-necklaces",
    motif: "beads",
    palette: [CHARCOAL, BRASS, IVORY],
    colours: ["Brass", "Silver tone"],
    sizeTitle: "Length",
    sizes: [
      { name: "16 in", prices: { inr: 2400, usd: 38, eur: 35 } },
      { name: "18 in", prices: { inr: 2600, usd: 41, eur: 38 } },
    ],
    material: "Brass, resin",
    weight: 90,
  },
  {
    handle: "sea-glass-necklace",
    title: "Sea Glass Necklace",
    subtitle: "Glass beads in the colours of the Sundarbans",
    description: "Glass beads in mangrove greens and estuary blues, knotted by hand between each bead so none are lost if the thread wears.",
    category: "jewelry-necklaces",
    motif: "beads",
    palette: [IVORY, TEAL, LEAF],
    colours: ["Sea green", "Indigo"],
    sizeTitle: "Length",
    sizes: [
      { name: "16 in", prices: { inr: 1700, usd: 28, eur: 26 } },
      { name: "18 in", prices: { inr: 1850, usd: 30, eur: 28 } },
    ],
    material: "Glass, silk thread",
    weight: 60,
  },
  {
    handle: "jhumka-bell-earrings",
    title: "Jhumka Bell Earrings",
    subtitle: "Brass bells with seed-bead fringe",
    description: "Classic bell jhumkas in brass with a fringe of seed beads that moves when you do.",
    category: "jewelry-earrings",
    motif: "beads",
    palette: [IVORY, BRASS, CRIMSON],
    colours: ["Brass", "Silver tone"],
    sizeTitle: "Size",
    sizes: one({ inr: 950, usd: 18, eur: 16 }),
    material: "Brass, glass",
    weight: 30,
  },
  {
    handle: "paisley-drop-earrings",
    title: "Paisley Drop Earrings",
    subtitle: "Hand-cut brass paisleys",
    description: "Paisley drops cut from brass sheet, filed smooth and oxidised by hand. Light enough for all day.",
    category: "jewelry-earrings",
    motif: "beads",
    palette: [TEAL, BRASS, IVORY],
    colours: ["Brass", "Oxidised"],
    sizeTitle: "Size",
    sizes: one({ inr: 800, usd: 15, eur: 14 }),
    material: "Brass",
    weight: 20,
  },
  {
    handle: "kantha-button-studs",
    title: "Kantha Button Studs",
    subtitle: "Fabric studs from quilt offcuts",
    description: "Tiny studs covered in offcuts from our kantha quilts, so nothing from the workroom is wasted.",
    category: "jewelry-earrings",
    motif: "beads",
    palette: [ROSE, IVORY, INDIGO],
    colours: ["Rose", "Indigo"],
    sizeTitle: "Size",
    sizes: one({ inr: 450, usd: 10, eur: 9 }),
    material: "Cotton, steel",
    weight: 10,
  },
  {
    handle: "shankha-bangle-pair",
    title: "Shankha Bangle Pair",
    subtitle: "Resin bangles with brass inlay",
    description: "A pair of conch-white resin bangles with a thin brass inlay, a modern take on a Bengali heirloom.",
    category: "jewelry-bracelets",
    motif: "beads",
    palette: [CRIMSON, IVORY, BRASS],
    colours: ["Ivory", "Crimson"],
    sizeTitle: "Size",
    sizes: [
      { name: "2.4 (small)", prices: { inr: 1100, usd: 20, eur: 18 } },
      { name: "2.6 (medium)", prices: { inr: 1100, usd: 20, eur: 18 } },
      { name: "2.8 (large)", prices: { inr: 1150, usd: 21, eur: 19 } },
    ],
    material: "Resin, brass",
    weight: 60,
  },
  {
    handle: "thread-and-bead-bracelet",
    title: "Thread and Bead Bracelet",
    subtitle: "Braided cotton with glass beads",
    description: "Braided cotton thread with glass beads and an adjustable sliding knot.",
    category: "jewelry-bracelets",
    motif: "beads",
    palette: [MARIGOLD, CRIMSON, IVORY],
    colours: ["Marigold", "Sea green"],
    sizeTitle: "Size",
    sizes: [
      { name: "Small", prices: { inr: 350, usd: 8, eur: 7 } },
      { name: "Large", prices: { inr: 350, usd: 8, eur: 7 } },
    ],
    material: "Cotton, glass",
    weight: 15,
  },
  {
    handle: "hammered-brass-cuff",
    title: "Hammered Brass Cuff",
    subtitle: "Open cuff with a hand-hammered finish",
    description: "A solid brass cuff, hammered by hand so it catches the light. Opens gently to fit.",
    category: "jewelry-bracelets",
    motif: "beads",
    palette: [INDIGO, BRASS, MARIGOLD],
    colours: ["Brass", "Oxidised"],
    sizeTitle: "Size",
    sizes: [
      { name: "Small", prices: { inr: 1500, usd: 26, eur: 24 } },
      { name: "Large", prices: { inr: 1600, usd: 28, eur: 26 } },
    ],
    material: "Brass",
    weight: 70,
  },
]
