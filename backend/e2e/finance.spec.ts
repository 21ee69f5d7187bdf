import { readFile } from "node:fs/promises"
import { expect, type Page, test } from "@playwright/test"
import { apiAs } from "./support/api"
import { csvRows } from "./support/csv"
import { paiseOf } from "./support/money"
import { capture } from "./support/screenshot"
import { signIn } from "./support/sign-in"

// October 2026 has seeded output for every artisan; the harness starts each run from the seed.
const PERIOD = { start: "2026-10-01", end: "2026-10-31" }

type RunSummary = { id: string; status: string; artisans_total: number }

const figure = (page: Page, region: string, label: string) =>
  page.getByRole("region", { name: region }).getByRole("group", { name: label, exact: true }).locator("p").nth(1)

test.describe.serial("finance staff pay October's wages", () => {
  let page: Page
  let run: RunSummary

  test.beforeAll(async ({ browser }) => {
    page = await browser.newPage()
  })

  test.afterAll(async () => {
    await page.close()
  })

  test("signs in and creates a pay run that computes with visible progress", async ({}, testInfo) => {
    await signIn(page, "finance")
    await page.goto("/app/pay-runs")
    await expect(page.getByRole("heading", { name: "Pay runs", level: 1 })).toBeVisible()
    await capture(page, testInfo, "pay-runs-list")

    await page.getByRole("button", { name: "New pay run" }).click()
    await page.getByLabel("Period starts").fill(PERIOD.start)
    await page.getByLabel("Period ends").fill(PERIOD.end)
    const created = page.waitForResponse((r) => r.url().endsWith("/admin/pay-runs") && r.request().method() === "POST")
    await page.getByRole("button", { name: "Compute pay run" }).click()
    const response = await created
    // The API answers at once and computes in the background; the page follows the run's progress.
    expect(response.status()).toBe(202)
    run = ((await response.json()) as { pay_run: RunSummary }).pay_run
    expect(run.status).toBe("computing")
    const computed = page.getByText(/^Computed \d+ payslips/)
    // The page follows the run: a progress bar while it computes, then the count of payslips.
    await expect(page.getByRole("progressbar", { name: "Pay run computing" }).or(computed).first()).toBeVisible()
    await capture(page, testInfo, "pay-run-computing")

    await expect(computed).toBeVisible({ timeout: 120_000 })
    await expect(page.getByRole("progressbar", { name: "Pay run computing" })).toHaveCount(0)
    run.artisans_total = Number((await computed.innerText()).match(/\d+/)![0])
    expect(run.artisans_total).toBeGreaterThan(0)
  })

  test("opens the draft: totals, fair-wage summary and a searchable, sortable register", async ({}, testInfo) => {
    await page.getByRole("link", { name: "Open the run" }).click()
    await expect(page).toHaveURL(new RegExp(`/app/pay-runs/${run.id}$`))
    await expect(page.getByRole("heading", { name: /Pay run 1 Oct 2026 – 31 Oct 2026/ })).toBeVisible()
    await expect(page.getByText("Draft", { exact: true })).toBeVisible()

    const net = paiseOf(await figure(page, "Totals", "Net pay to artisans").innerText())
    const gross = paiseOf(await figure(page, "Totals", "Gross pay").innerText())
    const deductions = paiseOf(await figure(page, "Totals", "Deductions").innerText())
    expect(net).toBeGreaterThan(0)
    // Net pay is gross less deductions, to the rupee.
    expect(Math.abs(gross - deductions - net)).toBeLessThan(100 * run.artisans_total)
    await expect(figure(page, "Fair wage", "Artisans")).toHaveText(String(run.artisans_total))
    await expect(figure(page, "Fair wage", "Below minimum before top-up")).toHaveText(/^\d+$/)
    await expect(figure(page, "Fair wage", "Top-up total")).toHaveText(/^₹[\d,]+\.\d{2}$/)

    const register = page.getByRole("region", { name: "Wage register" })
    await expect(register.getByRole("row")).toHaveCount(run.artisans_total + 1)
    const firstCode = (await register.getByRole("row").nth(1).getByRole("cell").first().innerText()).trim()
    await register.getByRole("searchbox", { name: "Search by artisan code" }).fill(firstCode)
    await expect(register.getByRole("row")).toHaveCount(2)
    await register.getByRole("searchbox", { name: "Search by artisan code" }).fill("")

    // Sorting by net pay puts the largest payslip first.
    await register.getByRole("button", { name: "Net", exact: true }).click()
    const nets = await register.getByRole("row").locator("td:nth-child(8)").allInnerTexts()
    const amounts = nets.map(paiseOf)
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a))
    await capture(page, testInfo, "pay-run-draft")
  })

  test("opens a payslip and reads how its piece earnings were worked out", async ({}, testInfo) => {
    const register = page.getByRole("region", { name: "Wage register" })
    const code = (await register.getByRole("row").nth(1).getByRole("cell").first().innerText()).trim()
    await register.getByRole("button", { name: `Payslip for ${code}` }).click()
    const drawer = page.getByRole("dialog", { name: `Payslip for ${code}` })
    await expect(drawer).toBeVisible()

    const earnings = drawer.getByRole("region", { name: "Earnings" })
    const pieceLine = earnings.locator('[data-line-code="piece_earnings"]')
    await expect(pieceLine).toBeVisible()
    const [label, basis, amount] = await Promise.all([
      pieceLine.locator("p").nth(0).innerText(),
      pieceLine.locator("p").nth(1).innerText(),
      pieceLine.locator("p").nth(2).innerText(),
    ])
    expect(label).toBe("Piece earnings")
    // The basis is the arithmetic itself ("TASK 38 x 23.00 + ... = 14,584.50"): redo it and
    // find the result it states, and the amount the line pays.
    const [terms, result] = basis.split(" = ")
    const products = [...terms.matchAll(/(\d+) [x×] ([\d,]+\.\d{2})/g)]
    expect(products.length, `basis "${basis}" multiplies quantities by rates`).toBeGreaterThan(0)
    const redone = products.reduce((sum, [, quantity, rate]) => sum + Number(quantity) * paiseOf(rate), 0)
    expect(redone).toBe(paiseOf(result))
    expect(paiseOf(amount)).toBe(redone)
    await expect(drawer.getByRole("region", { name: "Deductions" })).toBeVisible()
    await capture(page, testInfo, "payslip-drawer")
    await page.keyboard.press("Escape")
    await expect(drawer).toBeHidden()
  })

  test("is refused approval when production changed the output after the review, and approves once recomputed", async ({ baseURL }, testInfo) => {
    // Production corrects one of October's records while finance is reviewing the draft.
    const production = await apiAs(baseURL!, "production")
    const listed = await production.get(`/admin/output?from=${PERIOD.start}&to=${PERIOD.end}&limit=1`)
    expect(listed.status()).toBe(200)
    const [record] = ((await listed.json()) as { output_records: Array<{ id: string; quantity_accepted: number }> }).output_records
    const corrected = await production.post(`/admin/output/${record.id}/corrections`, {
      data: { reason: "Recounted at the end of the day", quantity_accepted: record.quantity_accepted + 1 },
    })
    expect(corrected.status(), await corrected.text()).toBeLessThan(300)
    await production.dispose()

    // (While the dialog is open the page behind it is hidden from the accessibility tree.)
    const statedText = await figure(page, "Totals", "Net pay to artisans").innerText()
    const stated = paiseOf(statedText)
    await page.getByRole("button", { name: "Approve", exact: true }).click()
    const dialog = page.getByRole("alertdialog")
    await expect(dialog.getByRole("heading", { name: /Approve the pay run for 1 Oct 2026 – 31 Oct 2026\?/ })).toBeVisible()
    const totals = dialog.getByRole("definition")
    await expect(dialog.getByText(`${run.artisans_total} artisans will be paid these amounts`)).toBeVisible()
    expect(await totals.allInnerTexts()).toContain(statedText)
    await capture(page, testInfo, "approve-dialog")
    await dialog.getByRole("button", { name: /^Approve ₹/ }).click()

    const refusal = page.getByRole("alert", { name: "Not approved" })
    await expect(refusal).toContainText("changed; recompute it and review it again")
    await capture(page, testInfo, "approve-refused-inputs-changed")
    await refusal.getByRole("button", { name: "Recompute" }).click()
    await expect(page.getByText("Draft", { exact: true })).toBeVisible({ timeout: 120_000 })
    await expect(refusal).toBeHidden()

    const recomputedNet = await figure(page, "Totals", "Net pay to artisans").innerText()
    await page.getByRole("button", { name: "Approve", exact: true }).click()
    await expect(dialog.getByRole("definition").filter({ hasText: recomputedNet }).first()).toBeVisible()
    await dialog.getByRole("button", { name: /^Approve ₹/ }).click()
    await expect(page.getByText("Approved", { exact: true }).first()).toBeVisible()
    await expect(page.getByRole("button", { name: "Approve", exact: true })).toHaveCount(0)
    // One more accepted piece can only raise the pay run or leave it where it was.
    expect(paiseOf(recomputedNet)).toBeGreaterThanOrEqual(stated)
  })

  test("records the bank transfer for every payslip and the run is paid", async ({}, testInfo) => {
    await page.getByRole("button", { name: "Record payment" }).click()
    const drawer = page.getByRole("dialog", { name: "Record payment" })
    await drawer.getByLabel("Reference").fill("UTR-OCT-2026-0001")
    await drawer.getByLabel("Paid on").fill("2026-11-05")
    await capture(page, testInfo, "record-payment")
    await drawer.getByRole("button", { name: /^Record ₹/ }).click()
    await expect(drawer).toBeHidden()
    await expect(page.getByText("Paid", { exact: true }).first()).toBeVisible()
    await expect(page.getByRole("button", { name: "Record payment" })).toHaveCount(0)
    await capture(page, testInfo, "pay-run-paid")
  })

  test("downloads the register CSV: one row per artisan, a totals row that adds up", async () => {
    const topUps = paiseOf(await figure(page, "Totals", "Floor top-ups").innerText())
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Register CSV" }).click()])
    expect(download.suggestedFilename()).toBe(`wage-register-${PERIOD.start}-to-${PERIOD.end}.csv`)
    const rows = csvRows(await readFile((await download.path())!, "utf8"))
    const [header, ...body] = rows
    expect(header.slice(0, 4)).toEqual(["artisan_code", "group", "hours", "pieces"])
    expect(header).toContain("piece_earnings")
    const totals = body[body.length - 1]
    const artisans = body.slice(0, -1)
    expect(totals[0]).toBe("TOTAL")
    expect(artisans).toHaveLength(run.artisans_total)
    for (let column = 4; column < header.length; column++) {
      const sum = artisans.reduce((paise, row) => paise + paiseOf(row[column]), 0)
      expect(paiseOf(totals[column]), `the ${header[column]} total`).toBe(sum)
    }
    const topUpColumn = header.indexOf("floor_top_up")
    expect(topUpColumn === -1 ? 0 : paiseOf(totals[topUpColumn])).toBe(topUps)
  })
})

test.describe("finance staff keep the piece rates", () => {
  test("add a scheduled rate to a task, and are told when its start day is taken", async ({ page }, testInfo) => {
    await signIn(page, "finance")
    await page.getByRole("link", { name: "Piece rates" }).click()
    await expect(page.getByRole("heading", { name: "Piece rates", level: 1 })).toBeVisible()
    await page.getByRole("searchbox", { name: "Search tasks" }).fill("SARI-HEM")
    await expect(page.getByRole("row")).toHaveCount(2)
    await capture(page, testInfo, "piece-rates")
    await page.getByRole("link", { name: "SARI-HEM" }).click()
    await expect(page.getByRole("heading", { name: "SARI-HEM", level: 1 })).toBeVisible()
    const history = page.getByRole("region", { name: "Rate history" })
    await expect(history.getByText("In force", { exact: true })).toHaveCount(1)

    const addRate = async () => {
      await page.getByRole("button", { name: "Add rate" }).click()
      const drawer = page.getByRole("dialog", { name: "Add a rate for SARI-HEM" })
      await drawer.getByLabel("Starts on").fill("2027-01-01")
      await drawer.getByLabel("Rate a piece (₹)").fill("47.50")
      await drawer.getByLabel("Standard time a piece (minutes)").fill("40")
      await drawer.getByLabel("Why (optional)").fill("Annual revision agreed with the sari group")
      // 47.50 a piece in 40 minutes = 71.25 an hour at the standard pace
      await expect(drawer.getByText(/earns ₹71\.25 an hour/)).toBeVisible()
      await drawer.getByRole("button", { name: "Add rate" }).click()
      return drawer
    }

    const drawer = await addRate()
    await expect(drawer).toBeHidden()
    const scheduled = history.getByRole("row").filter({ hasText: "1 Jan 2027" })
    await expect(scheduled).toContainText("₹47.50")
    await expect(scheduled).toContainText("Scheduled")
    await capture(page, testInfo, "piece-rate-history")

    // Rates are never edited: a second rate on the same day is refused, and the page says why.
    const again = await addRate()
    await expect(again.getByText("Task SARI-HEM already has a rate starting 2027-01-01.")).toBeVisible()
    await capture(page, testInfo, "piece-rate-refused")
  })
})

test.describe("finance staff version the wage rules", () => {
  test("read the rules in force, are shown the API's objection to a bad edit, and add a corrected version", async ({ page }, testInfo) => {
    await signIn(page, "finance")
    await page.getByRole("link", { name: "Wage rules" }).click()
    await expect(page.getByRole("heading", { name: "Wage rules", level: 1 })).toBeVisible()
    await capture(page, testInfo, "wage-rules")
    await page.getByRole("link", { name: "Version 1" }).click()
    await expect(page.getByRole("heading", { name: /^Version 1: / })).toBeVisible()
    await expect(page.getByText("In force", { exact: true })).toBeVisible()
    const epf = page.getByRole("region", { name: "Provident fund (EPF)" })
    await expect(epf.getByRole("definition").first()).toHaveText("12% of EPF wages")
    await expect(page.getByRole("region", { name: "Minimum wages" }).getByRole("row")).not.toHaveCount(0)
    await capture(page, testInfo, "wage-rules-version")

    await page.getByRole("button", { name: "New version from this one" }).click()
    const modal = page.getByRole("dialog")
    await modal.getByLabel("Name").fill("West Bengal, Kolkata zone, 2027")
    await modal.getByLabel("In force from").fill("2027-01-01")
    await modal.getByLabel("What changed, and the source of the new figures").fill("Trainee stipend raised to Rs 320 a day by the board, December 2026")
    const editor = modal.getByLabel(/^Rules \(JSON/)
    const rules = JSON.parse(await editor.inputValue()) as { epf: { employee_bp: number }; trainee_stipend_daily_paise: number }

    // A fractional rate is not a whole number of basis points: the API refuses it and the page shows its reason.
    await editor.fill(JSON.stringify({ ...rules, epf: { ...rules.epf, employee_bp: 1200.5 }, trainee_stipend_daily_paise: 32000 }, null, 2))
    await modal.getByRole("button", { name: "Save new version" }).click()
    await expect(modal.getByRole("alert", { name: "Not saved" })).toContainText("rules.epf.employee_bp")
    await capture(page, testInfo, "wage-rules-refused")

    await editor.fill(JSON.stringify({ ...rules, trainee_stipend_daily_paise: 32000 }, null, 2))
    await modal.getByRole("button", { name: "Save new version" }).click()
    await expect(page.getByRole("heading", { name: "Version 2: West Bengal, Kolkata zone, 2027" })).toBeVisible()
    await expect(page.getByText("Scheduled", { exact: true })).toBeVisible()
    await expect(page.getByRole("region", { name: "Pay and hours" })).toContainText("₹320.00 a day attended")
    await capture(page, testInfo, "wage-rules-new-version")
  })
})
