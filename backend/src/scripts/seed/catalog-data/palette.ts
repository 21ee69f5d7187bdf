import type { Rgb } from "../png"

export const CRIMSON: Rgb = [122, 30, 42]
export const MARIGOLD: Rgb = [214, 152, 46]
export const IVORY: Rgb = [244, 234, 214]
export const INDIGO: Rgb = [36, 48, 94]
export const LEAF: Rgb = [52, 96, 70]
export const TERRACOTTA: Rgb = [170, 84, 52]
export const CHARCOAL: Rgb = [44, 40, 38]
export const ROSE: Rgb = [196, 104, 118]
export const BRASS: Rgb = [196, 160, 82]
export const TEAL: Rgb = [28, 106, 112]
