import { dirname, join, resolve } from "node:path"
import type { Page, TestInfo } from "@playwright/test"

/**
 * A full-page picture of what the test is looking at, kept under the results
 * folder's screenshots/ (backend/test-results, the CI artifact) and attached to the report.
 */
export async function capture(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const root = testInfo.config.configFile ? dirname(testInfo.config.configFile) : process.cwd()
  const results = String(testInfo.config.metadata.results ?? "./test-results")
  const path = join(resolve(root, results), "screenshots", `${name}.png`)
  await page.screenshot({ path, fullPage: true })
  await testInfo.attach(name, { path, contentType: "image/png" })
}
