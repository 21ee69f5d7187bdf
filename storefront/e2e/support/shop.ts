import { expect, type Page } from "@playwright/test"

/** A product the seed stocks in every market. */
export const PRODUCT = { handle: "shapla-kantha-sari", title: "Shapla Kantha Sari" }

export type Shopper = {
  email: string
  firstName: string
  lastName: string
  address: string
  city: string
  postalCode: string
  /** The country's name as the country list shows it. */
  country: string
}

export const SHOPPERS: Record<"in" | "us" | "eu", Shopper> = {
  in: {
    email: "guest.in@example.com",
    firstName: "Ananya",
    lastName: "Sen",
    address: "12 Park Street",
    city: "Kolkata",
    postalCode: "700016",
    country: "India",
  },
  us: {
    email: "guest.us@example.com",
    firstName: "Maya",
    lastName: "Lopez",
    address: "200 Main Street",
    city: "Portland",
    postalCode: "97204",
    country: "United States",
  },
  eu: {
    email: "guest.eu@example.com",
    firstName: "Lena",
    lastName: "Vogel",
    address: "Lindenstraße 5",
    city: "Berlin",
    postalCode: "10117",
    country: "Germany",
  },
}

export const cartCount = (page: Page) => page.getByTestId("cart-count").first()

export async function addProductToCart(page: Page, market: string, handle = PRODUCT.handle): Promise<void> {
  await page.goto(`/${market}/products/${handle}`)
  await page.getByRole("button", { name: "Add to cart" }).click()
  await expect(page.getByText("Added to your cart.")).toBeVisible()
}

/** Fills the address step with the mouse and pointer-free typing, and goes on to delivery. */
export async function fillAddress(page: Page, shopper: Shopper): Promise<void> {
  await page.getByLabel("Email").fill(shopper.email)
  await page.getByLabel("First name").fill(shopper.firstName)
  await page.getByLabel("Last name").fill(shopper.lastName)
  await page.getByLabel("Address", { exact: true }).fill(shopper.address)
  await page.getByLabel("City").fill(shopper.city)
  await page.getByLabel("Postal code").fill(shopper.postalCode)
  await page.getByLabel("Country").selectOption({ label: shopper.country })
  await page.getByRole("button", { name: "Continue to delivery" }).click()
}

/** The confirmation's order number, "#12" read as 12. */
export async function confirmedOrderNumber(page: Page): Promise<number> {
  await expect(page.getByRole("heading", { level: 1, name: "Thank you for your order" })).toBeVisible()
  const text = (await page.getByTestId("order-number").textContent()) ?? ""
  const match = /#(\d+)/.exec(text)
  expect(match, `order number in "${text}"`).not.toBeNull()
  return Number(match![1])
}
