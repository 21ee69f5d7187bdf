import AxeBuilder from "@axe-core/playwright"
import { expect, type Page, test } from "@playwright/test"
import { addProductToCart, fillAddress, SHOPPERS } from "./support/shop"

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({ id: violation.id, impact: violation.impact, nodes: violation.nodes.map((n) => n.target) }))
}

test("cart and checkout have no serious or critical axe violations", async ({ page }) => {
  await page.goto("/in/cart")
  expect(await seriousViolations(page), "empty cart").toEqual([])

  await addProductToCart(page, "in")
  await page.goto("/in/cart")
  expect(await seriousViolations(page), "cart").toEqual([])

  await page.getByRole("link", { name: "Check out" }).click()
  await expect(page.getByLabel("Email")).toBeVisible()
  expect(await seriousViolations(page), "checkout: address").toEqual([])

  // A form sent empty shows its messages; they must be accessible too.
  await page.getByRole("button", { name: "Continue to delivery" }).click()
  expect(await seriousViolations(page), "checkout: address with errors").toEqual([])

  await fillAddress(page, SHOPPERS.in)
  await expect(page.getByRole("group", { name: "Delivery option" })).toBeVisible()
  expect(await seriousViolations(page), "checkout: delivery").toEqual([])
})
