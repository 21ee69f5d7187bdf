import localFont from "next/font/local"

// Variable fonts copied from @fontsource-variable/* (OFL, licences beside them) so the build
// never needs the network: the weight axis only, in the smallest subsets that do the job.
// Font loader options must be literals; the unicode ranges are fontsource's own. Turbopack
// names a font's CSS variable after its export, so both Inter files declare the family "inter".

export const fraunces = localFont({
  src: "./fraunces-latin-wght-normal.woff2",
  weight: "100 900",
  variable: "--font-fraunces",
  adjustFontFallback: "Times New Roman",
})

export const inter = localFont({
  src: "./inter-latin-wght-normal.woff2",
  weight: "100 900",
  variable: "--font-inter",
  declarations: [
    { prop: "font-family", value: "inter" },
    {
      prop: "unicode-range",
      value:
        "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD",
    },
  ],
})

// The rupee sign (U+20B9) is in Latin Extended. Same family with its own unicode-range: the
// browser fetches this file only for pages that show such a character, e.g. prices in INR.
export const interLatinExt = localFont({
  src: "./inter-latin-ext-wght-normal.woff2",
  weight: "100 900",
  preload: false,
  adjustFontFallback: false,
  declarations: [
    { prop: "font-family", value: "inter" },
    {
      prop: "unicode-range",
      value:
        "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF",
    },
  ],
})
