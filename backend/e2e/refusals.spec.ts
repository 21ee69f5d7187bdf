import { expect, type Page, test } from "@playwright/test"
import { capture } from "./support/screenshot"
import { signIn } from "./support/sign-in"

type Answer = { status: number; message: string }

/** A request made from inside the signed-in page, with its session cookie, as the admin's own code makes it. */
async function fromThePage(page: Page, method: "GET" | "POST", path: string, body?: unknown): Promise<Answer> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(path, {
        method,
        credentials: "include",
        headers: { accept: "application/json", ...(body ? { "content-type": "application/json" } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      })
      const text = await response.text()
      let message = text
      try {
        message = (JSON.parse(text) as { message?: string }).message ?? text
      } catch {
        // not JSON: keep the text
      }
      return { status: response.status, message }
    },
    { method, path, body }
  )
}

const FINANCE_PAGES = [
  { menu: "Pay runs", heading: "Pay runs", action: "New pay run" },
  { menu: "Piece rates", heading: "Piece rates", action: "Add rate" },
  { menu: "Wage rules", heading: "Wage rules", action: "New version" },
] as const

test.describe("a production manager and the finance pages", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, "production")
  })

  for (const { menu, heading, action } of FINANCE_PAGES) {
    test(`finds ${menu} showing who may use it, with no actions and no payroll data asked for`, async ({ page }, testInfo) => {
      const asked: string[] = []
      page.on("request", (request) => {
        const path = new URL(request.url()).pathname
        if (/^\/admin\/(pay-runs|rule-sets)/.test(path) || /^\/admin\/tasks\/[^/]+\/rates/.test(path)) asked.push(path)
      })
      await page.getByRole("link", { name: menu, exact: true }).click()
      await expect(page.getByRole("heading", { name: heading, level: 2 })).toBeVisible()
      await expect(page.getByText("Only owners and finance staff can use this page.")).toBeVisible()
      await expect(page.getByRole("button", { name: action })).toHaveCount(0)
      expect(asked).toEqual([])
      await capture(page, testInfo, `refused-${menu.toLowerCase().replace(/ /g, "-")}`)
    })
  }

  test("is refused by the API, with the reason, when the page's session calls the finance routes", async ({ page }) => {
    await page.goto("/app/pay-runs")
    await expect(page.getByText("Only owners and finance staff can use this page.")).toBeVisible()

    // Production may read the task list (the output grid needs it), so a real task id is at hand.
    const tasks = await page.evaluate(async () => {
      const response = await fetch("/admin/tasks?limit=1", { credentials: "include", headers: { accept: "application/json" } })
      return { status: response.status, body: (await response.json()) as { tasks: Array<{ id: string }> } }
    })
    expect(tasks.status).toBe(200)
    const taskId = tasks.body.tasks[0].id

    const refusals: Array<[Answer, RegExp]> = [
      [await fromThePage(page, "GET", "/admin/pay-runs"), /may view pay runs/],
      [await fromThePage(page, "POST", "/admin/pay-runs", { period_start: "2026-11-01", period_end: "2026-11-30" }), /may run payroll/],
      [await fromThePage(page, "GET", "/admin/pay-runs/prun_any/register.csv"), /may download the wage register/],
      [await fromThePage(page, "POST", "/admin/pay-runs/prun_any/approve", { inputs_hash: "0123456789abcdef0123" }), /may approve pay runs/],
      [await fromThePage(page, "GET", "/admin/rule-sets"), /may view wage rules/],
      [
        await fromThePage(page, "POST", `/admin/tasks/${taskId}/rates`, { effective_from: "2027-01-01", rate_paise: 5000, standard_minutes: 30 }),
        /may set piece rates/,
      ],
    ]
    for (const [answer, reason] of refusals) {
      expect(answer.status).toBe(403)
      expect(answer.message).toMatch(reason)
      // The refusal names the roles that may, and the one the caller has.
      expect(answer.message).toMatch(/finance/)
      expect(answer.message).toMatch(/you have production/)
    }
  })
})
