import { defineConfig, devices } from "@playwright/test"
import { chromiumLaunch, e2eBackend, e2eSuite } from "../scripts/e2e-playwright"

// The shop's browser tests: the production build of the storefront against the built backend
// on a fresh, seeded database (the repository's e2e harness).
const BACKEND_PORT = Number(process.env.E2E_BACKEND_PORT || 9100)
const DATABASE = process.env.E2E_DATABASE || "mukti_e2e_shop"
const PORT = Number(process.env.E2E_STOREFRONT_PORT || 8100)
const RESULTS = "./test-results"

export default defineConfig({
  ...e2eSuite(RESULTS, 120_000),
  use: {
    baseURL: `http://localhost:${PORT}`,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    locale: "en-IN",
    timezoneId: "Asia/Kolkata",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 1280, height: 900 },
        launchOptions: chromiumLaunch,
      },
    },
  ],
  webServer: [
    e2eBackend(BACKEND_PORT, DATABASE, 360_000),
    {
      command: "flock /tmp/mukti-next-build.lock node e2e/serve.mjs",
      env: { E2E_DATABASE: DATABASE, E2E_STOREFRONT_PORT: String(PORT) },
      url: `http://localhost:${PORT}/in`,
      timeout: 360_000,
      reuseExistingServer: !process.env.CI,
      stdout: "pipe",
      stderr: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    },
  ],
})
