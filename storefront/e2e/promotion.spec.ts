import { expect, test } from "@playwright/test"
import { addProductToCart } from "./support/shop"

test("an unknown promotion code is explained; WELCOME10 takes 10% off and can be removed", async ({ page }) => {
  await addProductToCart(page, "in")
  await page.goto("/in/cart")
  const code = page.getByLabel("Promotion code")

  await code.fill("NOSUCHCODE")
  await page.getByRole("button", { name: "Apply" }).click()
  await expect(page.getByText(/is not a code we recognise/)).toBeVisible()
  await expect(page.getByTestId("total-discount")).toHaveCount(0)

  await code.fill("welcome10")
  await page.getByRole("button", { name: "Apply" }).click()
  const remove = page.getByRole("button", { name: "Remove code WELCOME10" })
  await expect(remove).toBeVisible()
  await expect(page.getByTestId("total-discount")).toBeVisible()

  await remove.click()
  await expect(remove).toBeHidden()
  await expect(page.getByTestId("total-discount")).toHaveCount(0)
})
