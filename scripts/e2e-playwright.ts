import type { LaunchOptions, PlaywrightTestConfig } from "@playwright/test"

type WebServer = NonNullable<Extract<PlaywrightTestConfig["webServer"], { command: string }>>

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

/** The built backend on a fresh, seeded database, as scripts/e2e-backend.mjs serves it. */
export function e2eBackend(port: number, database: string, timeout: number): WebServer {
  return {
    command: "node ../scripts/e2e-backend.mjs",
    env: { E2E_BACKEND_PORT: String(port), E2E_DATABASE: database },
    url: `http://localhost:${port}/health`,
    timeout,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    stderr: "pipe",
    // The harness stops its own children (build, server, embedded database) on SIGTERM;
    // the default SIGKILL would leave the server, in its own process group, running.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
  }
}

/**
 * What both suites share: specs under e2e/, one worker (one shared backend on two cores, so
 * tests run one after another), no retries, and artifacts and the HTML report under `results`.
 */
export function e2eSuite(results: string, timeout: number): PlaywrightTestConfig {
  return {
    testDir: "./e2e",
    testMatch: "**/*.spec.ts",
    outputDir: `${results}/artifacts`,
    fullyParallel: false,
    workers: 1,
    forbidOnly: !!process.env.CI,
    retries: 0,
    timeout,
    expect: { timeout: 15_000 },
    reporter: process.env.CI ? [["list"], ["html", { outputFolder: `${results}/report`, open: "never" }]] : "list",
  }
}
