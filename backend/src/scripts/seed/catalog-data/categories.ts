export type CategorySeed = { name: string; handle: string; description: string; children?: CategorySeed[] }

const category = (name: string, handle: string, description: string, children?: CategorySeed[]): CategorySeed =>
  children ? { name, handle, description, children } : { name, handle, description }

export const CATEGORIES: CategorySeed[] = [
  category("Saris", "saris", "Handwoven and hand-finished saris from Bengal's cotton and silk traditions."),
  category("Kantha", "kantha", "Layered cloth quilted with thousands of running stitches, the Bengal way.", [
    category("Quilts", "kantha-quilts", "Bed-sized kantha, four to seven layers of soft cotton."),
    category("Throws", "kantha-throws", "Sofa throws and lap quilts in reclaimed and new cotton."),
    category("Scarves", "kantha-scarves", "Light stoles and scarves stitched on silk and mulmul."),
  ]),
  category("Jewelry", "jewelry", "Necklaces, earrings and bracelets assembled and finished by hand.", [
    category("Necklaces", "jewelry-necklaces", "Beaded, strung and cast necklaces."),
    category("Earrings", "jewelry-earrings", "Drops, studs and jhumkas."),
    category("Bracelets", "jewelry-bracelets", "Bangles, cuffs and threaded bracelets."),
  ]),
]
