import type { NextConfig } from "next"

const backendUrl = new URL(process.env.NEXT_PUBLIC_MEDUSA_BACKEND_URL || "http://localhost:9000")

// Medusa's local file provider serves product images from the backend's /static.
// When that backend is on this machine (dev, the demo, CI), the image optimizer must be
// allowed to fetch from a loopback address, which Next 16 otherwise refuses (SSRF guard).
const loopbackHosts = new Set(["localhost", "127.0.0.1", "[::1]"])
const backendIsLocal = loopbackHosts.has(backendUrl.hostname)

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The shop's whole stylesheet is a few kilobytes of Tailwind: sent inside the HTML, it costs no
  // render-blocking request before the first paint (docs/decisions/009-inline-css.md).
  experimental: { inlineCss: true },
  images: {
    remotePatterns: [
      {
        protocol: backendUrl.protocol === "https:" ? "https" : "http",
        hostname: backendUrl.hostname,
        port: backendUrl.port,
        pathname: "/static/**",
      },
    ],
    dangerouslyAllowLocalIP: backendIsLocal,
    formats: ["image/avif", "image/webp"],
    qualities: [75],
  },
}

export default nextConfig
