import { Raster, Rgb } from "./png"

export type Motif = "sari" | "kantha" | "paisley" | "beads"

export const IMAGE_WIDTH = 640
export const IMAGE_HEIGHT = 800

/** A small seeded generator, so the same handle always draws the same picture. */
function random(seedText: string): () => number {
  let h = 2166136261
  for (let i = 0; i < seedText.length; i++) h = Math.imul(h ^ seedText.charCodeAt(i), 16777619)
  let state = h >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function disc(r: Raster, cx: number, cy: number, radius: number, colour: Rgb): void {
  for (let y = -radius; y <= radius; y++) {
    for (let x = -radius; x <= radius; x++) if (x * x + y * y <= radius * radius) r.set(cx + x, cy + y, colour)
  }
}

/** Running stitch along a path: short dashes with gaps, as kantha is sewn. */
function runningStitch(r: Raster, points: Array<[number, number]>, colour: Rgb, dash = 9, gap = 6): void {
  let travelled = 0
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1]
    const [x1, y1] = points[i]
    const length = Math.hypot(x1 - x0, y1 - y0)
    for (let s = 0; s < length; s++) {
      if ((travelled + s) % (dash + gap) < dash) {
        const x = x0 + ((x1 - x0) * s) / length
        const y = y0 + ((y1 - y0) * s) / length
        r.rect(Math.round(x) - 1, Math.round(y) - 1, 3, 3, colour)
      }
    }
    travelled += length
  }
}

function paisley(r: Raster, cx: number, cy: number, size: number, colour: Rgb): void {
  const outline: Array<[number, number]> = []
  for (let a = 0; a <= Math.PI * 2; a += 0.12) {
    // a teardrop: a circle pulled into a curling tail at the top
    const pull = Math.max(0, Math.sin(a - Math.PI / 2)) ** 3
    outline.push([cx + Math.cos(a) * size + pull * size * 0.9, cy + Math.sin(a) * size - pull * size * 1.4])
  }
  runningStitch(r, outline, colour, 6, 4)
  disc(r, Math.round(cx), Math.round(cy), Math.round(size / 4), colour)
}

function drawSari(r: Raster, rand: () => number, [ground, border, thread]: Rgb[]): void {
  r.fill(ground)
  const borderTop = Math.round(r.height * (0.72 + rand() * 0.08))
  r.rect(0, borderTop, r.width, r.height - borderTop, border)
  const tooth = 24 + Math.floor(rand() * 16)
  for (let x = 0; x < r.width; x += tooth) {
    for (let h = 0; h < tooth / 2; h++) r.rect(x + h, borderTop - h, tooth - 2 * h, 1, border)
  }
  for (let y = 40; y < borderTop - tooth; y += 70) {
    for (let x = 40 + ((y / 70) % 2) * 35; x < r.width; x += 70) disc(r, x, y, 5, thread)
  }
  for (let x = 0; x < r.width; x += 6) r.rect(x, borderTop + 18, 3, 3, thread)
}

function drawKantha(r: Raster, rand: () => number, [ground, accent, thread]: Rgb[]): void {
  r.fill(ground)
  const spacing = 14 + Math.floor(rand() * 8)
  const wave = 4 + rand() * 10
  for (let y = spacing; y < r.height; y += spacing) {
    const row: Array<[number, number]> = []
    for (let x = 0; x <= r.width; x += 16) row.push([x, y + Math.sin(x / 40 + y) * wave])
    runningStitch(r, row, (y / spacing) % 5 === 0 ? accent : thread)
  }
  for (let i = 0; i < 5; i++) disc(r, Math.floor(rand() * r.width), Math.floor(rand() * r.height), 14, accent)
}

function drawPaisley(r: Raster, rand: () => number, [ground, accent, thread]: Rgb[]): void {
  r.fill(ground)
  const size = 28 + Math.floor(rand() * 14)
  for (let y = size * 2; y < r.height; y += size * 3.2) {
    for (let x = size * 1.5 + ((y / size) % 2) * size; x < r.width; x += size * 3.4) {
      paisley(r, x, y, size, rand() > 0.5 ? accent : thread)
    }
  }
}

function drawBeads(r: Raster, rand: () => number, [ground, metal, stone]: Rgb[]): void {
  r.fill(ground)
  const cx = r.width / 2
  const drop = r.height * (0.35 + rand() * 0.15)
  const beads = 21 + Math.floor(rand() * 10)
  for (let i = 0; i <= beads; i++) {
    const a = Math.PI * (i / beads)
    const x = cx - Math.cos(a) * r.width * 0.36
    const y = r.height * 0.18 + Math.sin(a) * drop
    disc(r, Math.round(x), Math.round(y), i % 3 === 0 ? 16 : 10, i % 3 === 0 ? stone : metal)
  }
  disc(r, Math.round(cx), Math.round(r.height * 0.18 + drop + 48), 30, stone)
  disc(r, Math.round(cx), Math.round(r.height * 0.18 + drop + 48), 18, metal)
}

const DRAWERS: Record<Motif, (r: Raster, rand: () => number, palette: Rgb[]) => void> = {
  sari: drawSari,
  kantha: drawKantha,
  paisley: drawPaisley,
  beads: drawBeads,
}

/** Draws one product picture as PNG bytes; `view` varies the composition between gallery images. */
export function drawProductImage(handle: string, motif: Motif, palette: Rgb[], view: number): Buffer {
  const raster = new Raster(IMAGE_WIDTH, IMAGE_HEIGHT)
  const rand = random(`${handle}#${view}`)
  const rotated = view % 2 === 1 ? [palette[1], palette[0], palette[2]] : palette
  DRAWERS[view === 1 && motif !== "beads" ? "paisley" : motif](raster, rand, rotated)
  return raster.toPng()
}
