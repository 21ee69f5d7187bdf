import localFont from "next/font/local"

// Fraunces at its one weight in use (500), Latin subset, copied from @fontsource/fraunces (OFL,
// licence beside it) so the build never needs the network. Body text uses the system's sans:
// on a phone every kilobyte before the first paint counts, and headings carry the character.
export const fraunces = localFont({
  src: "./fraunces-latin-500-normal.woff2",
  weight: "500",
  variable: "--font-fraunces",
  adjustFontFallback: "Times New Roman",
})
