import { isoFromDate } from "../../../../../lib/dates"

type LeaveDay = {
  id: string
  leave_date: Date | string
  kind: string
  note: string | null
  recorded_by: string
  cancelled_at: Date | string | null
  cancelled_by: string | null
  created_at?: Date | string
}

export const presentLeave = (day: LeaveDay) => ({
  id: day.id,
  leave_date: isoFromDate(day.leave_date),
  kind: day.kind,
  note: day.note,
  recorded_by: day.recorded_by,
  recorded_at: day.created_at ?? null,
  cancelled_at: day.cancelled_at,
  cancelled_by: day.cancelled_by,
})
