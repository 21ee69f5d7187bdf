import { addYears } from "../../lib/dates"
import { addDays } from "./generate"

export type ConsentSeed = {
  code: string
  display_name: string
  photo_allowed: boolean
  signed_on: string
  expires_on: string
  withdrawn_on: string | null
  story: string
}

/** A term of `years` from signing, ending the day before the anniversary. */
const term = (signed_on: string, years: 2 | 3) => ({ signed_on, expires_on: addDays(addYears(signed_on, years), -1) })

/** Her consent ran out and was not renewed; she must not appear anywhere. */
export const EXPIRED_CONSENT_CODE = "KOL-K-007"
/** She withdrew; she must not appear anywhere from the next request on. */
export const WITHDRAWN_CONSENT_CODE = "KOL-K-016"

// Names she chose to be known by on the shop, never her legal name; stories about the work, in her words.
export const CONSENTS: ConsentSeed[] = [
  { code: "KOL-K-001", display_name: "Mili", photo_allowed: true, ...term("2024-02-12", 3), withdrawn_on: null,
    story: "I lay out the nakshi quilts now. I draw the big paisleys in chalk and decide which of us fills which corner. The best day is when we turn a quilt over and the back is as neat as the front." },
  { code: "KOL-K-002", display_name: "Tuli", photo_allowed: false, ...term("2024-05-06", 3), withdrawn_on: null,
    story: "My stitches are small and even, and the new makers sit beside me to learn them. I like the moment a flat piece of cloth starts to ripple." },
  { code: "KOL-K-004", display_name: "Bina", photo_allowed: true, ...term("2025-01-20", 3), withdrawn_on: null,
    story: "I work the shapla pallus. One flower takes an afternoon, and I never make two the same. Customers write to say they wore my flowers to a wedding." },
  { code: "KOL-K-006", display_name: "Nupur", photo_allowed: false, ...term("2024-09-02", 3), withdrawn_on: null,
    story: "I love indigo thread on white cotton. I choose the colours for the throws in our group, and I am strict about it." },
  { code: "KOL-K-009", display_name: "Doel", photo_allowed: true, ...term("2025-08-04", 2), withdrawn_on: null,
    story: "When I started I could not thread a needle quickly. Now I finish a quilt panel before lunch and check everyone else's work after." },
  { code: "KOL-K-012", display_name: "Mohua", photo_allowed: false, ...term("2025-03-17", 3), withdrawn_on: null,
    story: "Borders are my speciality. A straight border makes the whole quilt look proud." },
  { code: "KOL-K-014", display_name: "Ketaki", photo_allowed: false, ...term("2024-11-11", 3), withdrawn_on: null,
    story: "I stitch the stoles. Mulmul is so fine you have to be gentle with it, and I am good at gentle." },
  { code: "KOL-K-017", display_name: "Shiuli", photo_allowed: true, ...term("2026-01-12", 3), withdrawn_on: null,
    story: "I picked this name because the flower is small, white and everywhere in autumn, like the stitches I make." },
  { code: "KOL-K-020", display_name: "Tithi", photo_allowed: false, ...term("2025-06-09", 2), withdrawn_on: null,
    story: "I hem and tassel the saris. Every sari leaves our unit through my hands, so I am the last one to check it." },
  { code: "KOL-K-024", display_name: "Jhilik", photo_allowed: false, ...term("2026-04-06", 3), withdrawn_on: null,
    story: "I am learning the figured kantha now. My first paisley was crooked; my tenth one went on a quilt that was sold." },
  { code: "KOL-K-027", display_name: "Pakhi", photo_allowed: true, ...term("2026-08-03", 3), withdrawn_on: null,
    story: "I like the sound in the hall when thirty of us are stitching and someone starts to sing." },
  { code: EXPIRED_CONSENT_CODE, display_name: "Jhinuk", photo_allowed: false, ...term("2023-12-11", 2), withdrawn_on: null,
    story: "I stitch the quilt panels, and I teach the Saturday class for new makers." },
  { code: WITHDRAWN_CONSENT_CODE, display_name: "Kuheli", photo_allowed: true, ...term("2025-02-17", 3), withdrawn_on: "2026-06-22",
    story: "I work on the throws, mostly the bright patchwork ones." },
  { code: "KOL-J-001", display_name: "Roshni", photo_allowed: true, ...term("2024-03-04", 3), withdrawn_on: null,
    story: "I was one of the first to move from stitching to jewelry. Now I teach the bell-setting for the jhumkas: they must ring together, not one after the other." },
  { code: "KOL-J-003", display_name: "Meghla", photo_allowed: false, ...term("2025-09-15", 3), withdrawn_on: null,
    story: "I polish the bangles until they shine like water. I can tell a good edge with my eyes closed." },
  { code: "KOL-J-005", display_name: "Ranu", photo_allowed: false, ...term("2024-07-22", 3), withdrawn_on: null,
    story: "Stringing beads is like counting prayers. I keep my own tally of every necklace I have made." },
  { code: "KOL-J-008", display_name: "Bokul", photo_allowed: true, ...term("2026-02-09", 3), withdrawn_on: null,
    story: "I file and finish the brass. It is noisy work and I love it." },
  { code: "MUM-J-001", display_name: "Gauri", photo_allowed: true, ...term("2024-06-17", 3), withdrawn_on: null,
    story: "I make the cuffs from start to end: cut, heat, hammer, polish. When I sign the batch sheet I know each one is right." },
  { code: "MUM-J-003", display_name: "Meera", photo_allowed: false, ...term("2025-11-03", 3), withdrawn_on: null,
    story: "Sea glass is never the same twice. I sort it by colour on Monday and by Saturday it is a row of necklaces." },
  { code: "MUM-J-005", display_name: "Asha", photo_allowed: false, ...term("2026-03-02", 2), withdrawn_on: null,
    story: "I thread the bracelets. My fingers are fast now; my team leader says I am the quickest in the centre." },
]
