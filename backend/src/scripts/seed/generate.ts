import { dateFromIso, isoFromDate } from "../../lib/dates"

/**
 * Deterministic helpers for the generated demo data. Every run, and every
 * test database, must see the same people and the same output, so nothing
 * here reads the clock or Math.random.
 */
export type Random = {
  next: () => number
  int: (min: number, max: number) => number
  pick: <T>(items: readonly T[]) => T
  chance: (probability: number) => boolean
}

/** mulberry32: small, fast and good enough to scatter demo data. */
export function seededRandom(seed: number | string): Random {
  let state = typeof seed === "number" ? seed >>> 0 : hashString(seed)
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (probability) => next() < probability,
  }
}

export function hashString(text: string): number {
  let h = 2166136261
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619)
  return h >>> 0
}

export function addDays(iso: string, days: number): string {
  const date = dateFromIso(iso)
  date.setUTCDate(date.getUTCDate() + days)
  return isoFromDate(date)
}

export function daysBetween(from: string, to: string): number {
  return Math.round((dateFromIso(to).getTime() - dateFromIso(from).getTime()) / 86_400_000)
}

/** 0 is Sunday, as in Date#getUTCDay. */
export function weekday(iso: string): number {
  return dateFromIso(iso).getUTCDay()
}

/** People start work on a Monday. */
export function mondayOnOrAfter(iso: string): string {
  return addDays(iso, (8 - weekday(iso)) % 7)
}

export function randomDateBetween(random: Random, from: string, to: string): string {
  return addDays(from, random.int(0, daysBetween(from, to)))
}
