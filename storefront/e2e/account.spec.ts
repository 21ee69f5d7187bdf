import { expect, test } from "@playwright/test"
import { addProductToCart, confirmedOrderNumber, fillAddress, SHOPPERS } from "./support/shop"

test("a shopper signs up, buys, and finds the order in their history", async ({ page }) => {
  // Unique per run: the e2e database is fresh, but a developer may rerun against the same one.
  const email = `member.${Date.now().toString(36)}@example.com`
  const password = "kantha-stitch-2026"

  await page.goto("/in/account/register")
  await page.getByLabel("First name").fill("Priya")
  await page.getByLabel("Last name").fill("Das")
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Password").fill(password)
  await page.getByRole("button", { name: "Create account" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible()

  await addProductToCart(page, "in")
  await page.goto("/in/checkout")
  await fillAddress(page, { ...SHOPPERS.in, email, firstName: "Priya", lastName: "Das" })
  await page.getByRole("group", { name: "Delivery option" }).getByRole("radio").first().check()
  await page.getByRole("button", { name: "Continue to payment" }).click()
  await page.getByRole("radio", { name: /^Demo payment \(no card is charged\)/ }).check()
  await page.getByRole("button", { name: "Continue to review" }).click()
  await page.getByRole("button", { name: "Place order" }).click()
  const orderNumber = await confirmedOrderNumber(page)

  await page.goto("/in/account")
  await expect(page.getByRole("link", { name: `Order #${orderNumber}` })).toBeVisible()

  await page.getByRole("button", { name: "Sign out" }).click()
  await expect(page.getByRole("button", { name: "Sign out" })).toBeHidden()
  await page.goto("/in/account/sign-in")
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Password").fill("not-the-password")
  await page.getByRole("button", { name: "Sign in" }).click()
  await expect(page.locator("[data-form-message]")).not.toBeEmpty()
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible()
  await page.getByLabel("Password").fill(password)
  await page.getByRole("button", { name: "Sign in" }).click()
  await expect(page.getByRole("link", { name: `Order #${orderNumber}` })).toBeVisible()
})
