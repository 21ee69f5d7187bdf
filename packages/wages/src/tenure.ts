export type ServiceSegment = {
  hire_date: string
  exit_date?: string | null
  exit_reason?: "resignation" | "retirement" | "termination" | "death" | "disablement" | "other" | null
  /** Whether the service before this segment counts towards continuous service (a rehire that keeps her years). */
  earlier_service_counts?: boolean
}

export type Span = { years: number; months: number; days: number }

export type ServiceSummaryOptions = {
  freedom_date?: string | null
  training_start?: string | null
  /** Days actually worked in each service year counted from the continuous-service start (index 0 = first year). */
  days_worked_by_service_year?: number[]
  /** An establishment working fewer than six days a week needs 190 days for a year, not 240. */
  works_under_six_days_a_week?: boolean
  rules?: { days_for_a_year: number; days_for_a_year_short_week: number; minimum_years: number }
}

export type ServiceSummary = {
  total: Span
  continuous: Span
  continuous_since: string | null
  completed_years_for_gratuity: number
  years_since_freedom: Span | null
  months_in_training: number | null
  gratuity_due: boolean
}

const DEFAULT_RULES = { days_for_a_year: 240, days_for_a_year_short_week: 190, minimum_years: 5 }

const parse = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number)
  return { y, m, d }
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** Calendar difference from `from` to `to` inclusive of neither end's time: 2020-01-15 to 2021-03-14 is 1 y 1 m 27 d. */
export function span(from: string, to: string): Span {
  if (to < from) return { years: 0, months: 0, days: 0 }
  const a = parse(from)
  const b = parse(to)
  let years = b.y - a.y
  let months = b.m - a.m
  let days = b.d - a.d
  if (days < 0) {
    months -= 1
    const prevMonth = b.m - 1 === 0 ? 12 : b.m - 1
    const prevYear = b.m - 1 === 0 ? b.y - 1 : b.y
    days += daysInMonth(prevYear, prevMonth)
  }
  if (months < 0) {
    years -= 1
    months += 12
  }
  return { years, months, days }
}

export function addSpans(a: Span, b: Span): Span {
  let days = a.days + b.days
  let months = a.months + b.months + Math.floor(days / 30)
  days %= 30
  const years = a.years + b.years + Math.floor(months / 12)
  months %= 12
  return { years, months, days }
}

const monthsBetween = (from: string, to: string) => {
  const s = span(from, to)
  return s.years * 12 + s.months
}

const hasAnyService = (s: Span) => s.years + s.months + s.days > 0

const end = (s: ServiceSegment, asOf: string) => (s.exit_date && s.exit_date < asOf ? s.exit_date : asOf)

/**
 * Service from hire/exit segments. Continuous service runs back from the
 * latest segment through earlier ones for as long as each later segment says
 * the earlier service counts. Completed years for gratuity count a last
 * part-year of more than six months as a year and, when days worked are
 * given, only years with 240 days worked (190 under a short week).
 */
export function serviceSummary(segments: readonly ServiceSegment[], asOf: string, options: ServiceSummaryOptions = {}): ServiceSummary {
  const rules = options.rules ?? DEFAULT_RULES
  const started = [...segments].filter((s) => s.hire_date <= asOf).sort((a, b) => a.hire_date.localeCompare(b.hire_date))
  const total = started.reduce((acc, s) => addSpans(acc, span(s.hire_date, end(s, asOf))), { years: 0, months: 0, days: 0 })

  let continuous: Span = { years: 0, months: 0, days: 0 }
  let since: string | null = null
  for (let i = started.length - 1; i >= 0; i--) {
    const s = started[i]
    continuous = addSpans(continuous, span(s.hire_date, end(s, asOf)))
    since = s.hire_date
    if (s.earlier_service_counts === false) break
  }

  const needed = options.works_under_six_days_a_week ? rules.days_for_a_year_short_week : rules.days_for_a_year
  const worked = options.days_worked_by_service_year
  let completed = 0
  for (let year = 0; year < continuous.years; year++) {
    if (!worked || (worked[year] ?? 0) >= needed) completed++
  }
  const partYearCounts = continuous.months > 6 || (continuous.months === 6 && continuous.days > 0)
  if (partYearCounts && (!worked || (worked[continuous.years] ?? 0) >= needed / 2)) completed++

  const latest = started[started.length - 1]
  const endedByDeathOrDisablement = !!latest?.exit_reason && ["death", "disablement"].includes(latest.exit_reason)
  return {
    total,
    continuous,
    continuous_since: since,
    completed_years_for_gratuity: completed,
    years_since_freedom: options.freedom_date ? span(options.freedom_date, asOf) : null,
    months_in_training: options.training_start ? monthsBetween(options.training_start, since && since < asOf ? since : asOf) : null,
    gratuity_due: completed >= rules.minimum_years || (endedByDeathOrDisablement && hasAnyService(continuous)),
  }
}
