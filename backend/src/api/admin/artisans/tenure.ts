import { serviceSummary, WEST_BENGAL_2025 } from "@mukti/wages"
import { isoFromDate, todayInKolkata } from "../../../lib/dates"

type Dateish = Date | string | null
type ArtisanWithSegments = {
  freedom_date: Dateish
  training_start: Dateish
  segments: Array<{ hire_date: Date | string; exit_date: Dateish; exit_reason: string | null; earlier_service_counts: boolean }>
}

const day = (d: Dateish) => (d ? isoFromDate(d) : null)

/** Tenure is always computed from service segments by the wage engine, never stored. */
export function tenureOf(artisan: ArtisanWithSegments, asOf = todayInKolkata()) {
  return serviceSummary(
    artisan.segments.map((s) => ({
      hire_date: isoFromDate(s.hire_date),
      exit_date: day(s.exit_date),
      exit_reason: s.exit_reason as "resignation" | null,
      earlier_service_counts: s.earlier_service_counts,
    })),
    asOf,
    { freedom_date: day(artisan.freedom_date), training_start: day(artisan.training_start), rules: { ...WEST_BENGAL_2025.gratuity } }
  )
}
