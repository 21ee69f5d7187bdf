import type { LaunchOptions } from "@playwright/test"

/**
 * Debian's Chromium as both browser suites drive it: no downloaded browser, and no
 * background traffic a machine without internet would wait on.
 */
export const chromiumLaunch: LaunchOptions = {
  executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
}
