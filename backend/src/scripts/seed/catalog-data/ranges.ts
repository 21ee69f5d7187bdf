import { range } from "./product"

export const sari = range("saris", "Length", ["5.5 m", "6.3 m with blouse piece"])
export const quilt = range("kantha-quilts", "Size", ["Single 150 x 225 cm", "Double 225 x 250 cm"])
export const lapThrow = range("kantha-throws", "Size", ["Standard 125 x 150 cm", "Large 150 x 200 cm"])
export const scarf = range("kantha-scarves", "Size", ["Scarf 150 x 50 cm", "Stole 200 x 70 cm"])
export const necklace = range("jewelry-necklaces", "Length", ["16 in", "18 in"])
export const earrings = range("jewelry-earrings", "Size", ["One size"])
export const bangles = range("jewelry-bracelets", "Size", ["2.4 (small)", "2.6 (medium)", "2.8 (large)"])
export const bracelet = range("jewelry-bracelets", "Size", ["Small", "Large"])
