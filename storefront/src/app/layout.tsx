import type { Metadata, Viewport } from "next"
import type { ReactNode } from "react"
import { fraunces } from "@/fonts/fonts"
import "./globals.css"

export const metadata: Metadata = {
  metadataBase: new URL(process.env.NEXT_PUBLIC_BASE_URL || "http://localhost:8000"),
  title: {
    default: "Mukti Market: saris, kantha and jewelry handmade in Kolkata",
    template: "%s · Mukti Market",
  },
  description:
    "Handwoven saris, kantha quilts and jewelry made in Kolkata by women artisans who survived trafficking and are paid a fair wage for their craft.",
}

export const viewport: Viewport = {
  themeColor: "#fbf7f0",
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={fraunces.variable}>
      <body className="min-h-dvh">{children}</body>
    </html>
  )
}
