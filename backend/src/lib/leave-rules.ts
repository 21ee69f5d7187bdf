import { isoFromDate, workingDaysBetween } from "./dates"
import { ArtisanFacts, isActiveOn } from "./output-rules"

export type LeaveRequest = { from: string; to: string }

export type LeaveRulesContext = {
  artisan: ArtisanFacts
  /** Days that already have leave recorded and not cancelled. */
  onLeave: Set<string>
  /** Days with output recorded: she was at work. */
  worked: Set<string>
  closedPeriods: Array<{ start: string; end: string }>
}

/** Names at most a few dates, so a long list still reads as a sentence. */
export function listDates(dates: string[], shown = 4): string {
  if (dates.length <= shown) return dates.join(", ")
  return `${dates.slice(0, shown).join(", ")} and ${dates.length - shown} more`
}

/**
 * The working days a leave request covers, and every reason it cannot be
 * recorded; recording goes ahead only when there are no problems.
 */
export function checkLeave(request: LeaveRequest, ctx: LeaveRulesContext): { dates: string[]; problems: string[] } {
  const dates = workingDaysBetween(request.from, request.to)
  const problems: string[] = []
  if (!dates.length) problems.push(`${request.from} to ${request.to} has no working days (Monday to Saturday).`)
  const code = ctx.artisan.code
  const notEmployed = dates.filter((d) => !isActiveOn(ctx.artisan, d))
  if (notEmployed.length) problems.push(`${code} was not employed or in training on ${listDates(notEmployed)}.`)
  const already = dates.filter((d) => ctx.onLeave.has(d))
  if (already.length) problems.push(`Leave is already recorded for ${code} on ${listDates(already)}.`)
  const worked = dates.filter((d) => ctx.worked.has(d))
  if (worked.length) problems.push(`${code} has output recorded on ${listDates(worked)}; correct that output first if she was away.`)
  for (const period of ctx.closedPeriods) {
    const closed = dates.filter((d) => period.start <= d && d <= period.end)
    if (closed.length) {
      problems.push(`${listDates(closed)} ${closed.length === 1 ? "is" : "are"} in the approved pay run for ${period.start} to ${period.end}; ask finance for an adjustment instead.`)
    }
  }
  return { dates, problems }
}

/** Cancelling leave changes pay, so it is refused once a run covering the day is approved. */
export function checkLeaveCancellation(leaveDate: Date | string, closedPeriods: LeaveRulesContext["closedPeriods"]): string | null {
  const day = isoFromDate(leaveDate)
  const closed = closedPeriods.find((p) => p.start <= day && day <= p.end)
  return closed ? `${day} is in the approved pay run for ${closed.start} to ${closed.end}; ask finance for an adjustment instead.` : null
}
