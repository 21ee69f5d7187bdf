import { defineConfig, devices } from "@playwright/test"
import { chromiumLaunch, e2eBackend, e2eSuite } from "../scripts/e2e-playwright"

// The admin's browser tests: the built backend (with its admin at /app) on a
// fresh, seeded database, started by the repository's e2e harness.
const PORT = Number(process.env.E2E_BACKEND_PORT || 9200)
const DATABASE = process.env.E2E_DATABASE || "mukti_e2e_admin"
// E2E_BASE_URL points the tests at a backend already running (a developer's `medusa develop`)
// and starts none: the tests then meet whatever data that database holds.
const external = process.env.E2E_BASE_URL
const baseURL = external || `http://localhost:${PORT}`
// Screenshots, traces and the report; CI keeps backend/test-results as the artifact. Pointing it
// elsewhere keeps a `medusa develop` watcher from restarting on every screenshot.
const RESULTS = process.env.E2E_RESULTS_DIR || "./test-results"

export default defineConfig({
  ...e2eSuite(RESULTS, 180_000),
  metadata: { results: RESULTS },
  use: {
    baseURL,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    timezoneId: "Asia/Kolkata",
    locale: "en-IN",
    acceptDownloads: true,
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 1440, height: 900 },
        launchOptions: chromiumLaunch,
      },
    },
  ],
  webServer: external ? undefined : e2eBackend(PORT, DATABASE, 420_000),
})
